"""Stage 3, annotate duties: the "Tổ chức thực hiện" section names units (or classes of units:
"Các chi, đảng bộ trực thuộc Huyện ủy") and what they must do; a unit told to build a plan
is expected to issue one, by the deadline if one is given. Deadlines anywhere are kept too."""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from domain.registry import Registry
from domain.tables import deadline_phrases, unit_classes
from extraction.dates import find_dates
from extraction.models import Assignment, Deadline, Issuer
from extraction.scan import find_words
from loaders.normalize import match_text

ITEM = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2})*)[ \t]*[.)\-:]?[ \t]+(\S[^\n]*)$", re.MULTILINE)
PLAN = re.compile(r"(?:xây dựng|ban hành|cụ thể hóa|cụ thể hoá)\s+(?:[\w,]+\s+){0,3}?"
                  r"(?:kế hoạch|chương trình|nghị quyết|đề án)|cụ thể hóa|chương trình hành động",
                  re.IGNORECASE)
VERB = re.compile(r"(?<!các)(?<!và)\s+(?:chỉ đạo|tham mưu|chủ trì|phối hợp|xây dựng|triển khai|tổ chức|hướng dẫn|căn cứ|"
                  r"lãnh đạo|ban hành|thực hiện|bám sát|đẩy mạnh|theo dõi|chủ động|có trách nhiệm)\b", re.IGNORECASE)
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def deadlines(text: str, start: int = 0, end: int | None = None, issued: date | None = None) -> list[Deadline]:
    """Deadlines as the table data/domain/deadline_phrases.csv words them: a date ("trước ngày
    30/4/2025"), a day and month in the year of the document (`issued`), the end of a month, a
    quarter or a year ("cơ bản hoàn thành trong năm 2025"), or days from the document's issue
    ("chậm nhất 30 ngày kể từ ngày ban hành"). Each keeps the span of its words."""
    end = len(text) if end is None else end
    found: list[Deadline] = []
    for phrase in deadline_phrases():
        for match in find_words(phrase.pattern, phrase.lead, text, start, end):
            if any(d.span[0] <= match.start() < d.span[1] for d in found):
                continue      # "trong năm 2025" inside "cơ bản hoàn thành trong năm 2025"
            value, stop = _resolve(phrase.resolve, match, text, end, issued)
            if value and phrase.resolve != "date_follows" and issued and value < issued.isoformat():
                continue      # "Trong năm 2007, ..." in a report of 2008 tells what was done, not a deadline
            if value:
                found.append(Deadline(value, text[match.start():stop], (match.start(), stop)))
    return sorted(found, key=lambda d: d.span)


def _resolve(how: str, match: re.Match, text: str, end: int, issued: date | None) -> tuple[str | None, int]:
    """The ISO date a deadline phrase means, and where its words stop."""
    if how == "date_follows":
        # From the match's start: its words may end inside the date ("trước ngày 15 tháng 11 năm 2025").
        dates = find_dates(text, match.start(), min(end, match.end() + 30))
        if dates and dates[0][1][0] - match.end() <= 2:
            return dates[0][0], dates[0][1][1]
        return None, match.end()
    group = match.groupdict()
    try:
        if how == "day_month" and issued:
            day = date(issued.year, int(group["month"]), int(group["day"]))
            return (day if day >= issued else day.replace(year=issued.year + 1)).isoformat(), match.end()
        if how == "month_end":
            year, month = int(group["year"]), int(group["month"])
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat(), match.end()
        if how == "quarter_end":
            year, month = int(group["year"]), 3 * QUARTERS[group["quarter"].lower()]
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat(), match.end()
        if how == "year_end":
            return date(int(group["year"]), 12, 31).isoformat(), match.end()
        if how == "after_issue" and issued:
            return _add_days(issued, int(group["days"]), bool(group.get("working"))).isoformat(), match.end()
    except ValueError:
        pass
    return None, match.end()


def _add_days(day: date, days: int, working: bool) -> date:
    """`days` calendar days after `day`, or `days` working days (Monday to Friday)."""
    if not working:
        return day + timedelta(days=days)
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


def _unit_of(heading: str) -> str:
    colon = heading.find(":")
    if 0 < colon < 160:
        return heading[:colon].strip()
    verb = VERB.search(heading)
    if verb and verb.start() > 3:
        return heading[:verb.start()].strip(" ,;")
    return heading.strip(" ,;:")


def find_assignments(text: str, section: tuple[int, int] | None,
                     known_deadlines: list[Deadline] | None = None) -> list[Assignment]:
    """Items of the "Tổ chức thực hiện" section; `known_deadlines` (the document's, already
    found) saves reading the section for them twice."""
    if section is None:
        return []
    start, end = section
    items = list(ITEM.finditer(text, start, end))
    found = []
    for index, item in enumerate(items):
        item_end = items[index + 1].start() if index + 1 < len(items) else end
        heading = item.group(2).strip()
        unit = _unit_of(heading)
        body = text[item.start():item_end]
        own_duty = body[len(item.group(0)) - len(heading) + len(unit):] if heading.startswith(unit) else body
        plan = PLAN.search(own_duty)
        due = ([d for d in known_deadlines if item.start() <= d.span[0] < item_end] if known_deadlines is not None
               else deadlines(text, item.start(), item_end))
        # The span covers exactly the stored words (from the unit on, no item number, trimmed).
        words = text[item.start(2):item_end]
        first = item.start(2) + len(words) - len(words.lstrip())
        words = words.strip()
        found.append(Assignment(
            unit=unit, expects_plan=bool(plan), deadline=due[0].date if due else None,
            text=words, span=(first, first + len(words)),
            evidence=f"'{plan.group(0)}' in item {item.group(1)} of 'Tổ chức thực hiện'" if plan else "",
        ))
    return found


def resolve_units(assignments: list[Assignment], registry: Registry, issuer_body_id: str | None,
                  as_of: date | None, resolve_name: Callable[[str], Issuer]) -> list[str]:
    """Fill `body_ids`: a class of units ("Các chi, đảng bộ trực thuộc Huyện ủy") expands
    through the registry of bodies valid on `as_of`; a named unit resolves to its body when
    the name is certain. Returns warnings."""
    warnings = []
    for assignment in assignments:
        unit = match_text(assignment.unit)    # "Các huyện uỷ, thị uỷ …" reads as "huyện ủy"
        unit_class = next((c for c in unit_classes() if _caseless(c.pattern).search(unit)), None)
        if unit_class is None:
            resolved = resolve_name(assignment.unit)
            if resolved.body_id and resolved.confidence >= 0.8 and resolved.body_id != issuer_body_id:
                assignment.body_ids = [resolved.body_id]
                assignment.evidence = _join(assignment.evidence, resolved.evidence)
            continue
        assignment.unit_class = unit_class.child_kind
        if unit_class.scope == "all":
            bodies = [b for b in registry.all() if b.kind == unit_class.child_kind and registry.valid(b, as_of)]
        elif issuer_body_id and issuer_body_id in registry:
            bodies = registry.children(issuer_body_id, as_of=as_of, kind=unit_class.child_kind)
        else:
            warnings.append(f"'{assignment.unit}' names a class of units, but the issuer is not resolved")
            bodies = []
        assignment.body_ids = sorted(b.body_id for b in bodies)
        when = f"on {as_of}" if as_of else "(date unknown: all periods)"
        assignment.evidence = _join(assignment.evidence, (
            f"class '{assignment.unit}' = {len(bodies)} {unit_class.child_kind} bodies under "
            f"{issuer_body_id if unit_class.scope == 'issuer' else 'the whole country'} {when}"))
    return warnings


@lru_cache(maxsize=256)
def _caseless(pattern: str) -> re.Pattern:
    """A pattern of the tables, compiled once (re.search would look it up on every call)."""
    return re.compile(pattern, re.IGNORECASE)


def _join(first: str, second: str) -> str:
    return f"{first}; {second}" if first else second
