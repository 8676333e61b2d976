"""A document's text with its evidence highlighted: every extracted reference, assignment,
deadline and relayed claim marked at its span. Every piece of document text is escaped."""
from __future__ import annotations

import html

from explorer.i18n import fmt_date, relation_name, t
from extraction.models import DocumentRecord

STYLES = {
    "ref": "background:#fff59d;border-radius:2px",
    "parent": "background:#ffcc80;border-radius:2px;font-weight:600",
    "assign": "border-bottom:2px solid #1565c0;background:#e3f2fd",
    "deadline": "background:#ef9a9a;font-weight:600",
    "relay": "background:#c8e6c9",
    "meta": "background:#e1bee7",
}
LEGEND = ("parent", "ref", "assign", "deadline", "relay", "meta")     # keys legend_<kind> in i18n
META_NAMES = {"symbol": "col_symbol", "date": "col_date", "title": "col_title", "issuer": "col_issuer"}
ORDER = ("assign", "relay", "ref", "parent", "meta", "deadline")   # later wins the background


def marks(record: DocumentRecord) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, note) for every fact with a span."""
    found = []
    for ref in record.references:
        kind = "parent" if ref.relation in ("implements", "based_on") else "ref"
        found.append((*ref.span, kind, f"{relation_name(ref.relation)}: {ref.symbol or ref.text}"))
    for item in record.assignments:
        note = f"{t('legend_assign')}: {item.unit}" + (f"; {t('col_deadline')} {fmt_date(item.deadline)}"
                                                       if item.deadline else "")
        found.append((*item.span, "assign", note))
    for item in record.deadlines:
        found.append((*item.span, "deadline", f"{t('legend_deadline')} {fmt_date(item.date)}"))
    for item in record.relayed:
        found.append((*item.span, "relay", f"{item.child} {relation_name(item.relation)} {item.parent}"))
    for name, span in (record.spans or {}).items():
        if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(v, int) for v in span):
            found.append((span[0], span[1], "meta", t(META_NAMES[name]) if name in META_NAMES else t("legend_meta")))
    size = len(record.text)
    return [(max(0, s), min(size, e), k, n) for s, e, k, n in found if s is not None and e is not None and s < e]


def highlight_html(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escaped text, split at every span boundary; each piece styled by the spans covering it."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(k, n) for s, e, k, n in spans if s <= start and end <= e]
        chunk = html.escape(text[start:end])
        if not covering:
            pieces.append(chunk)
            continue
        kinds = sorted({k for k, _ in covering}, key=ORDER.index)
        style = ";".join(STYLES[k] for k in kinds)
        note = html.escape(" | ".join(dict.fromkeys(n for _, n in covering)), quote=True)
        classes = " ".join(f"hl-{k}" for k in kinds)
        pieces.append(f'<span class="{classes}" style="{style}" title="{note}">{chunk}</span>')
    body = "".join(pieces)
    return (f'<div class="cascade-text" style="white-space:pre-wrap;font-family:serif;line-height:1.6;'
            f'max-height:640px;overflow:auto;border:1px solid #ddd;padding:12px">{body}</div>')


def legend_html() -> str:
    return " ".join(f'<span style="{STYLES[k]};padding:0 4px">{html.escape(t("legend_" + k))}</span>' for k in LEGEND)


def heading_html(heading: str, title: str | None) -> str:
    """The page heading: symbol and title as escaped text."""
    out = f'<h1 style="margin-bottom:0">{html.escape(heading)}</h1>'
    if title:
        out += f'<p class="cascade-title" style="font-size:1.15rem;font-weight:600">{html.escape(title)}</p>'
    return out
