"""The number, date and type a legal-document site's metadata gives the page: its labelled table or a static site's
front matter ("Số hiệu", "Ngày ban hành", "Loại văn bản"; "so_hieu", "ngay_ban_hanh"), or the one row of a listing of
documents ("Số ký hiệu Ngày ban hành Loại văn bản" over "56/2015/NĐ-CP 09/06/2015 Nghị định").

Read first where a page has no standard header: a site's labels say outright what the page's words must otherwise
be read for. `Lead` is the answer this and the other readers of a headerless page (page_title, number_cell,
own_citation, lead_dates, stated_type) fill, each naming where it came from."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.dates import find_dates, iso_date_at
from extraction.models import Citation, Span
from extraction.scan import searchable
from extraction.symbols import Symbol, find_symbols, symbol_at

# A static site's front matter writes the same labels as keys ("so_hieu": "05/NQ-HĐND", "hinh_thuc_van_ban": "Nghị
# quyết", "ngay_ban_hanh": "12/03/2020"; a blank value is no value). Unwrapping may run the keys into one line.
_METADATA_NUMBER = re.compile(r"(?:(?:^|\n|\|)[ \t]*(?:Số hiệu|Số k[ýí] hiệu|K[ýí] hiệu|Số[ \t]*[/,][ \t]*K[ýí] hiệu|Số(?= văn bản))(?: văn bản)?[ \t]*:?[ \t|\n]*"
                              r"|\"so_(?:ky_)?hieu\"[ \t]*:[ \t]*\")(?=\d)", re.IGNORECASE)
# (After a bullet or a bold mark too, or run into a line after another label's value: "Số hiệu: 45/KH-UBND Ngày ban
# hành: 05/03/2025", its colon kept.)
_METADATA_DATE = re.compile(r"(?:(?:^|\n|\|)[ \t*•+-]*(?:Ngày ban hành|Ngày ký)|[ \t](?:Ngày ban hành|Ngày ký)(?=[ \t]*:)"
                            r"|\"(?:ngay_ban_hanh|ngay_ky)\")[ \t]*:?[ \t|\n]*\"?", re.IGNORECASE)
_METADATA_TYPE = re.compile(r"(?:^|\n|\|)[ \t]*(?:Loại văn bản|Hình thức văn bản)[ \t]*:?[ \t|\n]*([^\n|]{2,40})"
                            r"|\"(?:loai_van_ban|hinh_thuc_van_ban)\"[ \t]*:[ \t]*\"([^\"\n]{2,40})\"", re.IGNORECASE)
_DATE_REACH = 32   # the value's characters: "05/03/2023", or in words "ngày 05 tháng 03 năm 2023"
_METADATA_WORDS = ("ký hiệu", "kí hiệu", "số văn bản", "số hiệu", "ngày ban hành", "ngày ký", "loại văn bản", "hình thức văn bản",
                   "so_hieu", "so_ky_hieu", "ngay_ban_hanh", "ngay_ky", "loai_van_ban", "hinh_thuc_van_ban")   # each match holds one


@dataclass
class Lead:
    symbol: Symbol | None = None
    doc_type: str | None = None
    date: tuple[str, Span | None] | None = None
    issuer: tuple[str, Span] | None = None
    evidence: str = ""
    told_of: Citation | None = None   # a document of another type than the page's that the lead says was issued


def metadata(match: str, limit: int) -> Lead:
    """A legal-document site's metadata table."""
    lead = Lead(evidence="the page's metadata")
    lowered = searchable(match, _METADATA_WORDS)
    if lowered is not None and not any(lowered.find(word, 0, limit) >= 0 for word in _METADATA_WORDS):
        return lead   # no label of a metadata table: none of its patterns can match
    number = _METADATA_NUMBER.search(match, 0, limit)
    if number:
        lead.symbol = symbol_at(match, number.end())
        again = _METADATA_NUMBER.search(match, number.end(), limit)
        other = symbol_at(match, again.end()) if again else None
        if lead.symbol and other and other.symbol != lead.symbol.symbol:
            return Lead(evidence=lead.evidence)   # a number label per entry, several numbers: a listing
    elif listed := _listing_row(match, limit):
        return listed
    when = _METADATA_DATE.search(match, 0, limit)
    if when and number is None and _METADATA_DATE.search(match, when.end(), limit):
        return lead   # a date label per row and no number of the page's own: a listing of several documents
    if when:
        dates = find_dates(match, when.end(), min(len(match), when.end() + _DATE_REACH))
        lead.date = dates[0] if dates else iso_date_at(match, when.end())
    kind = _METADATA_TYPE.search(match, 0, limit)
    if kind:
        lead.doc_type = (kind.group(1) or kind.group(2)).strip()
    return lead


# A site's listing of documents: a row of column labels, the number's first ("Số ký hiệu Ngày ban hành Loại văn bản Trích
# yếu"), then a row per document ("56/ 2015/ NĐ - CP 09/06/2015 Nghị định"), maybe run into one line by the unwrapping.
_LISTING_LABELS = re.compile(r"(?:^|\n)[ \t]*(?:Số ký hiệu|Số hiệu|Ký hiệu)(?: văn bản)?[ \t]+Ngày ban hành"
                             r"(?:[ \t]+(?:Loại văn bản|Trích yếu|Cơ quan ban hành|Người ký|Ngày hiệu lực))*", re.IGNORECASE)
_ROW_TYPE = re.compile(r"[ \t|]*([^\d\n|]{2,40}?)(?=[ \t|]*(?:\d|\n|$))")   # the type cell after the date cell
_LISTING_END = re.compile(r"\n[ \t]*\n")


def _listing_row(match: str, limit: int) -> Lead | None:
    """The document of a listing whose rows name one number only (a row may repeat it, cut short: "56/2015"):
    its number, the date and the type of its row. A listing of several documents names none of them."""
    labels = _LISTING_LABELS.search(match, 0, limit)
    if labels is None:
        return None
    blank = _LISTING_END.search(match, labels.end())
    rows = find_symbols(match[labels.end():blank.start() if blank else len(match)])
    if len({symbol.symbol for symbol in rows}) != 1:
        return None
    symbol = symbol_at(match, labels.end() + rows[0].span[0])
    dates = find_dates(match, symbol.span[1], min(len(match), symbol.span[1] + 30))
    cell = _ROW_TYPE.match(match, dates[0][1][1] if dates else symbol.span[1])
    return Lead(symbol, doc_type=cell.group(1).strip() if cell else None, date=dates[0] if dates else None,
                evidence="the page's listing row")
