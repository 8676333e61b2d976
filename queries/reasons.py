"""The sentence a person reads for each expected unit of queries.gaps: one per status, in
Vietnamese and in English (templates in explorer/i18n.py, REASON_TEXT), with names and document
numbers only: "Đảng ủy xã Chính Nghĩa có Kế hoạch 09-KH/ĐU ngày 15/04/2025, ban hành sau hạn
26 ngày." Internal ids and codes never appear (tests/test_gap_reasons.py checks it)."""
from __future__ import annotations

import datetime as dt

from explorer.i18n import fmt_date, reason_text, type_name

LANGS = ("vi", "en")


def document_words(doc: dict, lang: str) -> str:
    """'Kế hoạch 09-KH/ĐU ngày 15/04/2025'; a document without a number says so."""
    symbol = doc.get("symbol") or reason_text("no_number", lang)
    doc_type = type_name(doc.get("doc_type"), lang) or reason_text("a_document", lang)
    if doc.get("date"):
        return reason_text("document", lang, doc_type=doc_type, symbol=symbol, date=fmt_date(doc["date"]))
    return reason_text("document_undated", lang, doc_type=doc_type, symbol=symbol)


def days_between(first: str, second: str) -> int:
    return (dt.date.fromisoformat(second[:10]) - dt.date.fromisoformat(first[:10])).days


def status_sentence(row: dict, docs: list[dict], lang: str) -> str:
    """The status part: who issued what (or nothing), against which deadline."""
    status, unit, due = row["status"], row["body"], row.get("deadline")
    if status == "unplaced":
        return reason_text("unplaced", lang, text=row["unit"])
    if status in ("covered", "late"):
        via = row.get("answered_via")
        words = "; ".join(document_words(d, lang) for d in docs)
        if status == "late":
            days = days_between(due, row["answered_on"])
            key = "late_via" if via else "late"
            return reason_text(key, lang, unit=unit, documents=words, days=days, counterpart=via)
        if via:
            return reason_text("covered_via", lang, unit=unit, counterpart=via, documents=words)
        return reason_text("covered" if due else "covered_undated", lang, unit=unit, documents=words)
    if status == "overdue":
        return reason_text("overdue", lang, unit=unit, deadline=fmt_date(due), days=days_between(due, row["as_of"]))
    if status == "not_due":
        return reason_text("not_due", lang, unit=unit, deadline=fmt_date(due))
    return reason_text("missing", lang, unit=unit)


def possible_sentences(row: dict, lang: str) -> str:
    """For each possible answer: the unit's document, the words it cites without a number, and
    every document they fit ("... có thể là Kế hoạch 21-KH/HU ngày 02/04/2025 hoặc Kế hoạch 22-KH/HU
    ngày 10/04/2025"), none chosen."""
    return "".join(" " + reason_text(
        "possible", lang, unit=row["body"], document=document_words(answer, lang), cites=answer["cites"],
        candidates=reason_text("or", lang).join(document_words(c, lang) for c in answer["candidates"]))
        for answer in row.get("possible_answers") or ())


def reasons(row: dict, docs: list[dict], assigned_words: str) -> dict[str, str]:
    """{'vi': ..., 'en': ...}: the status sentence, the possible answers (a citation without a
    number several documents fit), then the words of 'Tổ chức thực hiện' that made the unit
    expected."""
    return {lang: status_sentence(row, docs, lang) + possible_sentences(row, lang) + " "
            + reason_text("assigned", lang, text=assigned_words) for lang in LANGS}
