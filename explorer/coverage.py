"""Coverage of one document: the expected units with their status, counts per level and per
province, the delay from the parent to each answer, and the checklist to download."""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter

from collections.abc import Callable

from explorer.i18n import doc_name, fmt_date, level_name, status_name, t, ui_lang
from queries.reasons import document_words
from queries.gaps import STATUSES

# Column keys in display order: the unit, its status and answer first, so they fit a laptop screen.
COLUMN_KEYS = ("col_no", "col_unit", "col_status", "col_answers", "col_reason", "col_answered_on", "col_deadline",
               "col_delay", "col_level", "col_province", "col_body")
# Widths (px) of the columns a 1366-px screen must show whole; the others follow, scrolled to.
SCREEN_WIDTHS = {"col_no": 44, "col_unit": 150, "col_status": 112, "col_answers": 150, "col_reason": 320}
# One colour per status, everywhere (table cells, charts, lineage aggregates).
STATUS_COLOURS = {"covered": "#2e7d32", "late": "#f9a825", "overdue": "#c62828", "missing": "#ef6c00",
                  "not_due": "#78909c", "unplaced": "#6a1b9a"}


def columns() -> list[str]:
    return [t(key) for key in COLUMN_KEYS]


def delay_days(parent_date: str | None, answered_on: str | None) -> int | None:
    if not parent_date or not answered_on:
        return None
    return (dt.date.fromisoformat(answered_on[:10]) - dt.date.fromisoformat(parent_date[:10])).days


def coverage_rows(gaps: dict, name_of: Callable[[str], str] | None = None) -> list[dict]:
    """One row per expected unit, columns in the UI language, dates dd/mm/yyyy, answering
    documents by their number (`name_of` maps a doc_id to its readable name)."""
    parent_date = (gaps.get("root") or {}).get("date")
    name_of = name_of or (lambda doc_id: doc_id)
    rows = []
    for number, unit in enumerate(gaps.get("expected", []), start=1):
        delay = delay_days(parent_date, unit.get("answered_on"))
        values = {
            "col_no": number, "col_unit": unit.get("unit") or unit.get("body"), "col_body": unit.get("body"),
            "col_level": level_name(unit.get("level")), "col_province": unit.get("province") or "",
            "col_status": status_name(unit["status"]), "col_deadline": fmt_date(unit.get("deadline")),
            "col_answered_on": fmt_date(unit.get("answered_on")), "col_delay": "" if delay is None else str(delay),
            "col_answers": answer_words(unit) or "; ".join(name_of(d) for d in unit.get("documents") or []),
            "col_reason": reason_words(unit),
        }
        rows.append({t(key): values[key] for key in COLUMN_KEYS})
    return rows


def status_style(value: str) -> str:
    """CSS for a status cell: its colour, the same as in the charts."""
    by_name = {status_name(s): c for s, c in STATUS_COLOURS.items()}
    colour = by_name.get(value)
    return f"color:{colour};font-weight:600" if colour else ""


def answer_words(unit: dict) -> str:
    """The answering documents by type, number and date (never their internal ids)."""
    lang = ui_lang()
    return "; ".join(document_words(doc, lang) for doc in unit.get("answers") or [])


def reason_words(unit: dict) -> str:
    """The row's reason in the UI language (rows written before reasons had languages: as given)."""
    return (unit.get("reasons") or {}).get(ui_lang()) or unit.get("reason") or ""


def counts_by(gaps: dict, field: str) -> list[dict]:
    """Status counts per level or per province: [{field: ..., status: n, ..., 'tổng': n}]."""
    table: dict[str, Counter] = {}
    for unit in gaps.get("expected", []):
        key = level_name(unit.get("level")) if field == "level" else (unit.get("province") or t("unknown_place"))
        table.setdefault(key, Counter())[unit["status"]] += 1
    label = t("col_level") if field == "level" else t("col_province")
    return [{label: key, **{status_name(s): c[s] for s in STATUSES}, t("col_total"): sum(c.values())}
            for key, c in sorted(table.items())]


def status_chart(table: list[dict], category: str):
    """Stacked horizontal bars of `counts_by` rows, one colour per status (STATUS_COLOURS), the
    legend below in two columns so it is whole in a half-width column of a laptop screen."""
    import altair as alt
    import pandas as pd
    names = [status_name(s) for s in STATUSES]
    long = pd.DataFrame([{"group": row[category], "status": name, "n": row[name], "order": names.index(name)}
                         for row in table for name in names])
    colour = alt.Color("status:N", scale=alt.Scale(domain=names, range=[STATUS_COLOURS[s] for s in STATUSES]),
                       legend=alt.Legend(orient="bottom", columns=2, title=None, labelLimit=0))
    return alt.Chart(long).mark_bar().encode(
        y=alt.Y("group:N", title=None, axis=alt.Axis(labelLimit=160)),
        x=alt.X("n:Q", stack="zero", title=t("col_total"), axis=alt.Axis(tickMinStep=1, format="d")),
        color=colour, order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("group:N", title=category), alt.Tooltip("status:N", title=t("col_status")),
                 alt.Tooltip("n:Q", title=t("col_total"))],
    ).properties(height=alt.Step(28))


def delay_histogram(gaps: dict, bin_days: int = 7) -> list[dict]:
    """Answers per delay bin (days from the parent's date to the answer's date)."""
    parent_date = (gaps.get("root") or {}).get("date")
    delays = [d for d in (delay_days(parent_date, u.get("answered_on")) for u in gaps.get("expected", []))
              if d is not None]
    if not delays:
        return []
    low = min(delays) // bin_days * bin_days
    high = max(delays) // bin_days * bin_days
    bins = Counter(d // bin_days * bin_days for d in delays)
    return [{t("col_delay"): f"{start}–{start + bin_days - 1}", t("col_count"): bins.get(start, 0)}
            for start in range(low, high + 1, bin_days)]


def _title(gaps: dict) -> list[list[str]]:
    root = gaps.get("root") or {}
    return [[t("checklist_title", name=doc_name(root))],
            [t("checklist_issuer", issuer=root.get("issuer") or "", date=fmt_date(root.get("date")))],
            [t("checklist_deadline", deadline=fmt_date(gaps.get("deadline")) or t("no_deadline_short"),
               as_of=fmt_date(gaps.get("as_of")))]]


def checklist_csv(gaps: dict, name_of: Callable[[str], str] | None = None) -> bytes:
    """UTF-8 with BOM so Excel opens the Vietnamese text correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows(_title(gaps))
    writer.writerow([])
    writer.writerow(columns())
    for row in coverage_rows(gaps, name_of):
        writer.writerow(list(row.values()))
    return out.getvalue().encode("utf-8-sig")


def checklist_xlsx(gaps: dict, name_of: Callable[[str], str] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = t("checklist_sheet")
    for line in _title(gaps):
        sheet.append(line)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(columns())
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in coverage_rows(gaps, name_of):
        sheet.append(list(row.values()))
    widths = {"A": 5, "B": 28, "C": 16, "D": 28, "E": 60, "F": 14, "G": 12, "H": 12, "I": 12, "J": 16, "K": 32}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
