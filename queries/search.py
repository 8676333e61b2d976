"""Search documents by symbol, title and body, insensitive to diacritics and symbol
punctuation ("nghi quyet 57", "57 NQ TW", "kim dong"), with filters."""
from __future__ import annotations

import re
import unicodedata

import networkx as nx


def ascii_key(text: str) -> str:
    text = (text or "").replace("Đ", "D").replace("đ", "d").replace("Ð", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


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


def symbol_key(data: dict) -> str:
    """The symbol's words, for ranking symbol hits first (stored as `_symbol_key`)."""
    return ascii_key(data.get("symbol") or "")


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
        symbol_hit = bool(terms) and all(t in symbol_key(data).split() for t in terms)
        hits.append((0 if symbol_hit else 1, date and -int(date.replace("-", "")) or 0, node, data))
    hits.sort(key=lambda h: (h[0], h[1], h[2]))
    return [hit(node, d) for _, _, node, d in hits[:limit]]
