"""Review in the app (issue 11, item 7): the rows of a document's gaps a person should check, in the
UI language, and the links their confirmed answers make. Decisions are kept by queries.review
(``<store>/reviews.jsonl``), the same log `cascade review` writes: no second storage here."""
from __future__ import annotations

from explorer.coverage import answer_words, reason_words
from explorer.i18n import fmt_date, status_name, t, ui_lang
from queries.reasons import document_words
from queries.review import needs_review

# Column keys of the review table, in display order.
REVIEW_KEYS = ("col_unit", "col_status", "col_answers", "col_review", "col_review_who", "col_review_when",
               "col_reason")


def review_candidates(gaps: dict) -> list[dict]:
    """The gaps rows to check (an answer through a counterpart, a unit not placed) and those
    already decided, as the gaps JSON gives them."""
    return [row for row in gaps.get("expected", []) if needs_review(row) or row.get("review")]


def decision_words(row: dict) -> str:
    """'đã xác nhận' / 'đã bác bỏ' / 'chưa xem xét' for a row, in the UI language."""
    decision = (row.get("review") or {}).get("decision")
    return t(f"review_{decision}" if decision else "review_pending")


def review_rows(gaps: dict) -> list[dict]:
    """The rows to check, columns in the UI language, dates dd/mm/yyyy."""
    rows = []
    for row in review_candidates(gaps):
        review = row.get("review") or {}
        values = {"col_unit": row.get("unit") or row.get("body"), "col_status": status_name(row["status"]),
                  "col_answers": answer_words(row), "col_review": decision_words(row),
                  "col_review_who": review.get("who") or "", "col_review_when": fmt_date(review.get("when")),
                  "col_reason": reason_words(row)}
        rows.append({t(key): values[key] for key in REVIEW_KEYS})
    return rows


def row_label(row: dict) -> str:
    """How a row is named in the picker: unit, status and decision."""
    return f"{row.get('unit') or row.get('body')} · {status_name(row['status'])} · {decision_words(row)}"


def confirmed_links(gaps: dict) -> dict[tuple[str, str], dict]:
    """(answer, root) -> the confirming decision, for every confirmed row of ROOT's gaps."""
    root = gaps["root"]["doc_id"]
    return {(doc, root): row["review"] for row in gaps.get("expected", [])
            if (row.get("review") or {}).get("decision") == "confirm" for doc in row.get("documents") or []}


def confirmed_words(review: dict) -> str:
    """'đã xác nhận (Nguyễn Văn A, 01/08/2025)' for a lineage edge or table cell."""
    return f"{t('review_confirm')} ({review.get('who', '')}, {fmt_date(review.get('when'))})"


def choice_options(row: dict) -> dict[str, str]:
    """doc_id -> 'Kế hoạch 21-KH/HU ngày 02/04/2025' for the documents a row's citation without a
    number may name (none when the row has no possible answer): the person confirming picks one."""
    return {c["doc_id"]: document_words(c, ui_lang()) for answer in row.get("possible_answers") or ()
            for c in answer["candidates"]}
