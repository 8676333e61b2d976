"""Coverage of one document: the expected units with their status, counts per level and per
province, the delay from the parent to each answer, and the checklist to download."""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter

from explorer.i18n import fmt_date, level_name, status_name, ui_lang
from queries.reasons import document_words
from queries.gaps import STATUSES

COLUMNS = ("STT", "Đơn vị", "Cơ quan", "Cấp", "Tỉnh/thành", "Trạng thái", "Thời hạn", "Ngày ban hành",
           "Độ trễ (ngày)", "Văn bản trả lời", "Căn cứ")


def delay_days(parent_date: str | None, answered_on: str | None) -> int | None:
    if not parent_date or not answered_on:
        return None
    return (dt.date.fromisoformat(answered_on[:10]) - dt.date.fromisoformat(parent_date[:10])).days


def coverage_rows(gaps: dict) -> list[dict]:
    """One row per expected unit, Vietnamese column names, dates dd/mm/yyyy."""
    parent_date = (gaps.get("root") or {}).get("date")
    rows = []
    for number, unit in enumerate(gaps.get("expected", []), start=1):
        rows.append({
            "STT": number, "Đơn vị": unit.get("unit") or unit.get("body"), "Cơ quan": unit.get("body"),
            "Cấp": level_name(unit.get("level")), "Tỉnh/thành": unit.get("province") or "",
            "Trạng thái": status_name(unit["status"]), "Thời hạn": fmt_date(unit.get("deadline")),
            "Ngày ban hành": fmt_date(unit.get("answered_on")),
            "Độ trễ (ngày)": delay_days(parent_date, unit.get("answered_on")),
            "Văn bản trả lời": answer_words(unit), "Căn cứ": reason_words(unit),
        })
    return rows


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
        key = level_name(unit.get("level")) if field == "level" else (unit.get("province") or "—")
        table.setdefault(key, Counter())[unit["status"]] += 1
    label = "Cấp" if field == "level" else "Tỉnh/thành"
    return [{label: key, **{status_name(s): c[s] for s in STATUSES}, "Tổng": sum(c.values())}
            for key, c in sorted(table.items())]


def status_counts(gaps: dict) -> dict[str, int]:
    counted = Counter(unit["status"] for unit in gaps.get("expected", []))
    return {status_name(s): counted[s] for s in STATUSES}


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
    return [{"Độ trễ (ngày)": f"{start}–{start + bin_days - 1}", "Số văn bản": bins.get(start, 0)}
            for start in range(low, high + 1, bin_days)]


def _title(gaps: dict) -> list[list[str]]:
    root = gaps.get("root") or {}
    name = root.get("symbol") or root.get("title") or root.get("doc_id") or ""
    return [[f"Bảng kiểm tình hình ban hành văn bản thực hiện {name}"],
            [f"Cơ quan ban hành: {root.get('issuer') or ''}; ngày {fmt_date(root.get('date'))}"],
            [f"Thời hạn: {fmt_date(gaps.get('deadline')) or 'không ghi'}; tính đến ngày {fmt_date(gaps.get('as_of'))}"]]


def checklist_csv(gaps: dict) -> bytes:
    """UTF-8 with BOM so Excel opens the Vietnamese text correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerows(_title(gaps))
    writer.writerow([])
    writer.writerow(COLUMNS)
    for row in coverage_rows(gaps):
        writer.writerow(["" if row[c] is None else row[c] for c in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def checklist_xlsx(gaps: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "Bảng kiểm"
    for line in _title(gaps):
        sheet.append(line)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(list(COLUMNS))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in coverage_rows(gaps):
        sheet.append([row[c] for c in COLUMNS])
    widths = {"A": 5, "B": 28, "C": 32, "D": 12, "E": 16, "F": 16, "G": 12, "H": 14, "I": 12, "J": 40, "K": 60}
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
