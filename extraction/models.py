"""The facts extraction produces. Every fact carries the span of text it came from:
offsets into the normalised text (loaders.normalize_text)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Citation:
    """A document cited by symbol, with what the surrounding words say about it."""
    symbol: str               # canonical: 57-NQ/TW, 594/KH-UBND
    number: str
    type_code: str | None
    issuer_code: str          # TW, TU, UBND, ĐĐQH15 ...
    doc_type: str | None      # canonical Vietnamese name, from the words or the code
    date: str | None          # ISO
    issuer: str | None        # the issuing body as written: "Bộ Chính trị"
    text: str                 # the cited words, as in the text
    span: Span                # of the whole citation (type word .. issuer)
    symbol_span: Span
    raw_symbol: str
    bare: bool = False        # a number without type or issuer code ("Kế hoạch số 155 của Thành ủy")


@dataclass
class Issuer:
    name: str | None = None
    level: str | None = None
    system: str | None = None
    locality: str | None = None
    province: str | None = None
    body_id: str | None = None
    kind: str | None = None
    evidence: str = ""
    confidence: float = 0.0
    candidates: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass
class Reference:
    relation: str             # implements, based_on, mentions, amends, ...
    symbol: str | None
    doc_type: str | None
    date: str | None
    issuer: str | None
    text: str
    span: Span
    number: str | None = None
    type_code: str | None = None
    issuer_code: str | None = None
    subtype: str | None = None
    where: str = "body"       # title, preamble, body
    phrase: str | None = None
    confidence: float = 1.0
    issuer_body_id: str | None = None   # the cited document's issuer, resolved in context
    issuer_evidence: str = ""
    issuer_candidates: list[str] = field(default_factory=list)   # when the words fit several bodies


@dataclass
class Relayed:
    child: str
    parent: str
    relation: str
    text: str
    span: Span
    child_issuer_body_id: str | None = None
    parent_issuer_body_id: str | None = None


@dataclass
class Assignment:
    unit: str
    expects_plan: bool
    deadline: str | None
    text: str
    span: Span
    unit_class: str | None = None       # child_kind when the unit names a class of bodies
    body_ids: list[str] = field(default_factory=list)
    evidence: str = ""
    unplaced: list[str] = field(default_factory=list)   # units named that the registry cannot place


@dataclass
class UnnumberedRef:
    """A parent cited without a number ("Kế hoạch của Ban Thường vụ Huyện ủy ngày 02/4/2025")."""
    doc_type: str
    type_code: str | None
    issuer: str | None
    issuer_body_id: str | None
    date: str | None
    text: str
    span: Span
    evidence: str = ""
    subject: str | None = None    # the words after "về" ("tuyên truyền ..."): matched against titles when undated


@dataclass
class Deadline:
    date: str
    text: str
    span: Span


@dataclass
class Signer:
    name: str | None
    position: str | None
    authority: str | None
    span: Span | None = None


@dataclass
class DocumentRecord:
    source: str
    doc_id: str
    symbol: str | None
    number: str | None
    doc_type: str | None
    date: str | None
    title: str | None
    issuer: Issuer
    references: list[Reference] = field(default_factory=list)
    relayed: list[Relayed] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: Signer | None = None
    deadlines: list[Deadline] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    type_code: str | None = None
    issuer_code: str | None = None
    effective_date: str | None = None   # date used for time-aware lookups (date, or inferred)
    effective_date_evidence: str = ""
    digest: str = ""
    text: str = ""
    format: str | None = None
    encoding: str | None = None
    spans: dict[str, Any] = field(default_factory=dict)   # symbol, date, title spans
    unnumbered: list[UnnumberedRef] = field(default_factory=list)   # parents cited without a number
    ocr: dict[str, Any] | None = None   # set by the loader for OCR'd text (engine, mean_confidence, ...)
    # The type the document gives itself when it is none of doc_type's canonical names ("Công điện",
    # "Giấy mời", "Phương án": data/domain/doc_types.csv, canonical "no"); doc_type is then null.
    kind: str | None = None

    def to_json(self, *, with_text: bool = False) -> dict[str, Any]:
        """The CONTRACT record (extra fields allowed, none renamed or dropped)."""
        data = _plain(self)
        if not with_text:
            data.pop("text")
        if data["ocr"] is None:
            data.pop("ocr")   # only OCR'd records carry the field: other records stay as they were
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DocumentRecord":
        data = dict(data)
        issuer = Issuer(**_tuples(data.pop("issuer") or {}, ("span",)))
        signer = data.pop("signer", None)
        return cls(
            issuer=issuer,
            references=[Reference(**_tuples(r, ("span",))) for r in data.pop("references", [])],
            relayed=[Relayed(**_tuples(r, ("span",))) for r in data.pop("relayed", [])],
            assignments=[Assignment(**_tuples(a, ("span",))) for a in data.pop("assignments", [])],
            deadlines=[Deadline(**_tuples(d, ("span",))) for d in data.pop("deadlines", [])],
            unnumbered=[UnnumberedRef(**_tuples(u, ("span",))) for u in data.pop("unnumbered", [])],
            signer=Signer(**_tuples(signer, ("span",))) if signer else None,
            **data,
        )


def _plain(value: Any) -> Any:
    """dataclasses.asdict without its deep copies, tuples as lists (spans): a national ingest
    writes a million records, and asdict was most of the ingesting process's time."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        if not is_dataclass(value):
            return value
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    return {name: _plain(getattr(value, name)) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _tuples(item: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    item = dict(item)
    for key in keys:
        if item.get(key) is not None:
            item[key] = tuple(item[key])
    return item
