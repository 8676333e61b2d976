"""The document a page is issued with, as the line under its title says ("(Ban hành kèm theo Quyết định số ...)"),
and the type of a page whose only type title is its attachment's (a letter over "KẾ HOẠCH ... (Ban hành kèm theo công
văn số ...)").

Read apart from the basis items: a "kèm theo" under the title is the page's enacting document, not a parent."""
from __future__ import annotations

import re

from extraction.sections import Layout

SEPARATORS = re.compile(r"[-/\s.]")


def enacting(match: str, references):
    """The document this one is issued with, as the line under its title says: "(Ban hành kèm
    theo Quyết định số ...)" (not a basis item that describes another text so)."""
    for ref in references:
        if ref.relation == "attached_to" and ref.where != "body" and \
                _UNDER_TITLE.search(match, max(0, ref.span[0] - 60), ref.span[0]):
            return ref
    return None


def type_of_own_enacting(match: str, own, citations, layout: Layout, doc_type: str | None,
                          warnings: list[str]) -> str | None:
    """A page whose only type title is its attachment's: a letter (no type title of its own) over "KẾ HOẠCH ...
    (Ban hành kèm theo công văn số 4593/BGTVT-CYT ...)", where the number the attachment names is the page's own,
    printed above it with the letter's text between. The page is the enacting document, of that document's type.
    (A bare "1053/QĐ-BVHTTDL" over "CHƯƠNG TRÌNH ... (Ban hành theo Quyết định số 1053/QĐ-BVHTTDL)" is the
    attachment alone, numbered by its decision: it keeps its own type.)"""
    if own is None or layout.type_line is None or doc_type != layout.doc_type or own.span[0] > layout.type_line[0]:
        return doc_type
    if not _ENCLOSING_TEXT.search(match, own.span[1], layout.type_line[0]):
        return doc_type
    under = layout.title[1] if layout.title else layout.type_line[1]
    for citation in citations:
        if not layout.type_line[1] <= citation.span[0] <= under + 200 or not citation.doc_type:
            continue
        if _UNDER_TITLE.search(match, max(0, citation.span[0] - 60), citation.span[0]) and citation.doc_type != doc_type \
                and SEPARATORS.sub("", citation.symbol).lower() == SEPARATORS.sub("", own.symbol).lower():
            warnings.append(f"the type title {doc_type!r} is the attachment's: it is issued with the page's own number "
                            f"{own.symbol}, a {citation.doc_type}")
            return citation.doc_type
    return doc_type


# What the enclosing document prints between its number and its attachment: a letter's addressees, a paragraph.
_ENCLOSING_TEXT = re.compile(r"(?<!\w)Kính gửi\b|^[^\n]*[a-zà-ỹđ][^\n]{150}", re.MULTILINE)
_UNDER_TITLE = re.compile(r"\(\s*(?:ban hành|kèm theo)[^()\n]{0,45}$", re.IGNORECASE)
