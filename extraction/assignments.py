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
from domain.tables import UnitClass, deadline_phrases, fold, unit_classes
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
    """Fill `body_ids` with every unit an item names: a class of units ("Các chi, đảng bộ trực
    thuộc Huyện ủy") expands through the registry of bodies valid on `as_of`; a named unit
    resolves to its body when the name is certain; both may stand in one item, separated by
    commas, semicolons, "và" or line breaks ("Các tỉnh ủy, thành ủy trực thuộc Trung ương; Đảng ủy
    Quốc hội; Đảng ủy Chính phủ"). A unit told to build a plan that the registry cannot place is
    kept in `unplaced` (and as a body id unplaced_id(text)), never dropped. Returns warnings."""
    warnings = []
    for assignment in assignments:
        for piece, offset in _pieces(assignment.unit):
            classes = _classes_in(match_text(piece))
            for (start, end), unit_class in classes:
                _expand_class(assignment, unit_class, piece[start:end], registry, issuer_body_id, as_of, warnings)
            for name in _names_in(piece, [span for span, _ in classes], issuer_body_id, resolve_name, assignment):
                if assignment.expects_plan:
                    assignment.unplaced.append(name)
                    assignment.body_ids.append(unplaced_id(name))
        assignment.body_ids = sorted(dict.fromkeys(assignment.body_ids))
    return warnings


def unplaced_id(text: str) -> str:
    """The graph's id of a unit the registry cannot place: '?' and its words, folded."""
    return "?" + re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


PIECE = re.compile(r"\s*(?:;|\n)\s*")
PART = re.compile(r"\s*(?:,|;|\n|\s+và\s+)\s*")


def _pieces(unit: str) -> list[tuple[str, int]]:
    """The unit words split at semicolons and line breaks, with their offsets."""
    found, start = [], 0
    for cut in PIECE.finditer(unit):
        found.append((unit[start:cut.start()], start))
        start = cut.end()
    found.append((unit[start:], start))
    return [(text, offset) for text, offset in found if text.strip(" ,.:")]


def _classes_in(words: str) -> list[tuple[tuple[int, int], UnitClass]]:
    """Every class of units the words name, the first row of the table winning an overlap."""
    found: list[tuple[tuple[int, int], UnitClass]] = []
    for unit_class in unit_classes():
        for match in _caseless(unit_class.pattern).finditer(words):
            if not any(s < match.end() and match.start() < e for (s, e), _ in found):
                found.append((match.span(), unit_class))
    return sorted(found, key=lambda item: item[0])


def _expand_class(assignment: Assignment, unit_class: UnitClass, words: str, registry: Registry,
                  issuer_body_id: str | None, as_of: date | None, warnings: list[str]) -> None:
    assignment.unit_class = assignment.unit_class or unit_class.child_kind
    if unit_class.scope == "all":
        bodies = [b for b in registry.all() if b.kind == unit_class.child_kind and registry.valid(b, as_of)]
    elif issuer_body_id and issuer_body_id in registry:
        bodies = registry.children(issuer_body_id, as_of=as_of, kind=unit_class.child_kind)
    else:
        warnings.append(f"'{words}' names a class of units, but the issuer is not resolved")
        bodies = []
    assignment.body_ids += [b.body_id for b in bodies]
    when = f"on {as_of}" if as_of else "(date unknown: all periods)"
    assignment.evidence = _join(assignment.evidence, (
        f"class '{words}' = {len(bodies)} {unit_class.child_kind} bodies under "
        f"{issuer_body_id if unit_class.scope == 'issuer' else 'the whole country'} {when}"))


def _names_in(piece: str, class_spans: list[tuple[int, int]], issuer_body_id: str | None,
              resolve_name: Callable[[str], Issuer], assignment: Assignment) -> list[str]:
    """Resolve the named units of a piece (adding them to the assignment); return the names that
    could not be placed. The whole piece is tried first, then each part, then a part with the
    next one or two, so a name holding 'và' or commas ("Đảng ủy Mặt trận Tổ quốc và các đoàn thể
    Trung ương") stays one.
    A part inside a class, or a lower-case continuation of one ("thành ủy trực thuộc Thành ủy"),
    names nothing of its own; a lower-case "các ..." is a class the tables do not know."""
    parts, start = [], 0
    for cut in [*PART.finditer(piece), None]:
        end = cut.start() if cut else len(piece)
        text = piece[start:end].strip(" .:")
        if text and not any(s < end and start < e for s, e in class_spans):
            parts.append((start, end))
        start = cut.end() if cut else len(piece)
    if not class_spans and parts and _place(piece.strip(" .:"), issuer_body_id, resolve_name, assignment):
        return []
    unplaced, index, run = [], 0, None          # run: the first and last part not placed yet

    def flush() -> None:
        # An unplaced run is kept whole ("Các cơ quan báo, đài và bản tin Thành phố"), unless it is a
        # lower-case continuation of a class ("thành ủy trực thuộc Thành ủy").
        words = piece[parts[run[0]][0]:parts[run[1]][1]].strip(" .:") if run else ""
        if words and (words[:1].isupper() or fold(words).startswith("cac ")):
            unplaced.append(words)

    while index < len(parts):
        for stop in range(index + 1, min(len(parts), index + 3) + 1):
            if _crosses_class(parts, index, stop, class_spans):
                continue      # a run may not step over a class
            words = piece[parts[index][0]:parts[stop - 1][1]].strip(" .:")
            if _place(words, issuer_body_id, resolve_name, assignment):
                flush()
                index, run = stop, None
                break
        else:
            if run and _crosses_class(parts, run[0], index + 1, class_spans):
                flush()
                run = None
            run = (run[0] if run else index, index)
            index += 1
    flush()
    return unplaced


def _crosses_class(parts: list[tuple[int, int]], first: int, stop: int, class_spans: list[tuple[int, int]]) -> bool:
    """True when a class stands between parts[first] and parts[stop - 1]."""
    return stop - 1 > first and any(parts[first][1] <= s and e <= parts[stop - 1][0] for s, e in class_spans)


def _place(words: str, issuer_body_id: str | None, resolve_name: Callable[[str], Issuer],
           assignment: Assignment) -> bool:
    """True when `words` name one body for certain (added unless it is the issuer itself)."""
    resolved = resolve_name(words)
    if not (resolved.body_id and resolved.confidence >= 0.8):
        return False
    if resolved.body_id != issuer_body_id:
        assignment.body_ids.append(resolved.body_id)
        assignment.evidence = _join(assignment.evidence, resolved.evidence)
    return True


@lru_cache(maxsize=256)
def _caseless(pattern: str) -> re.Pattern:
    """A pattern of the tables, compiled once (re.search would look it up on every call)."""
    return re.compile(pattern, re.IGNORECASE)


def _join(first: str, second: str) -> str:
    return f"{first}; {second}" if first else second
