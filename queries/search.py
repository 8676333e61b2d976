"""Search documents by symbol, title and body, insensitive to diacritics and symbol
punctuation ("nghi quyet 57", "57 NQ TW", "kim dong"), with filters."""
from __future__ import annotations

import re
import unicodedata

import networkx as nx


class _Folded(dict):
    """Each character without its marks (Đ/đ as D/d), computed once per character: removing
    every combining mark of the NFD form character by character gives what it gives on the
    whole text, and a million documents' fields are folded in seconds."""

    def __missing__(self, code: int) -> str:
        folded = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLDED = _Folded({ord("Đ"): "D", ord("đ"): "d", ord("Ð"): "D"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def ascii_key(text: str) -> str:
    return _NOT_WORD.sub(" ", (text or "").translate(_FOLDED).lower()).strip()


FIELDS = ("symbol", "title", "issuer", "doc_type", "locality", "province")
# A term in the document's own symbol or type says more than one in its title.
WEIGHTS = {"symbol": 4, "doc_type": 2, "issuer": 2, "locality": 1, "province": 1, "title": 1}


def _score(terms: list[str], fields: dict[str, str]) -> int:
    return sum(weight for term in terms for name, weight in WEIGHTS.items() if term in fields[name].split())


def haystack(data: dict) -> str:
    """The words a query is matched against (stored as `_haystack` on Neo4j nodes)."""
    return " ".join(ascii_key(str(data.get(f) or "")) for f in FIELDS)


def place_key(data: dict) -> str:
    """What --locality is matched against (stored as `_place` on Neo4j nodes)."""
    return ascii_key(f"{data.get('locality') or ''} {data.get('province') or ''} {data.get('issuer') or ''}")


def hit(node: str, d: dict) -> dict:
    return {"doc_id": node, "symbol": d.get("symbol"), "doc_type": d.get("doc_type"), "date": d.get("date"),
            "title": d.get("title"), "issuer": d.get("issuer"), "level": d.get("level"),
            "province": d.get("province"), "ingested": bool(d.get("ingested"))}


def search(graph: nx.MultiDiGraph, query: str = "", *, doc_type: str | None = None, level: str | None = None,
           locality: str | None = None, date_from: str | None = None, date_to: str | None = None,
           ingested: bool | None = None, limit: int = 200) -> list[dict]:
    terms = ascii_key(query).split()
    place = ascii_key(locality) if locality else None
    hits = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "document":
            continue
        if doc_type and data.get("doc_type") != doc_type:
            continue
        if level and data.get("level") != level:
            continue
        if ingested is not None and bool(data.get("ingested")) != ingested:
            continue
        date = data.get("date") or ""
        if (date_from and (not date or date < date_from)) or (date_to and (not date or date > date_to)):
            continue
        words = haystack(data)
        if place and place not in place_key(data):
            continue
        if terms and not all(term in words.split() or (len(term) > 2 and term in words) for term in terms):
            continue
        hits.append((node, data))
    return rank(terms, hits, limit)


def rank(terms: list[str], hits: list[tuple[str, dict]], limit: int | None = 200) -> list[dict]:
    """Best first: terms in the symbol and type weigh more than terms in the title; then the
    newest; then the id. Both backends rank their matches with this one function."""
    def key(item: tuple[str, dict]):
        node, data = item
        fields = {f: ascii_key(str(data.get(f) or "")) for f in FIELDS}
        date = data.get("date") or ""
        return (-_score(terms, fields), -int(date.replace("-", "")) if date else 0, node)
    ordered = sorted(hits, key=key)
    return [hit(node, d) for node, d in (ordered if limit is None else ordered[:limit])]
