"""Counterparts: the Party body that leads a state body, and the reverse (data/domain/counterparts.csv).

A unit told to act is covered by its counterpart's answer: 57-NQ/TW tells the Ban cán sự đảng
Chính phủ to build an action programme, and the Government's 03/NQ-CP is that programme. Only a
row of the table makes two bodies counterparts: a UBND tỉnh plan never answers for the Tỉnh ủy.
A row names two bodies (scope ``body``) or two kinds of provincial bodies paired within one
province (scope ``province``: the Đảng ủy UBND tỉnh and the UBND of the same province)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from domain.registry import Body, Registry
from domain.tables import read_rows


@dataclass(frozen=True)
class CounterpartRow:
    party: str
    state: str
    scope: str                 # body | province
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date | None) -> bool:
        return day is None or ((self.valid_from is None or self.valid_from <= day)
                               and (self.valid_to is None or day <= self.valid_to))


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def counterpart_rows() -> tuple[CounterpartRow, ...]:
    return tuple(CounterpartRow(r["party"], r["state"], r["scope"], _day(r["valid_from"]), _day(r["valid_to"]))
                 for r in read_rows("counterparts.csv"))


def _pairs(row: CounterpartRow, body: Body) -> list[tuple[str, str]]:
    """(own key, other key) of a row seen from `body`: by id, or by kind for provincial rows."""
    key = body.body_id if row.scope == "body" else body.kind
    return [(a, b) for a, b in ((row.party, row.state), (row.state, row.party)) if a == key]


def counterparts(body_id: str, registry: Registry, on: date | None) -> list[Body]:
    """The bodies that answer for `body_id` on `on` (the day the unit was told to act)."""
    body = registry.get(body_id)
    if body is None:
        return []
    found: dict[str, Body] = {}
    for row in counterpart_rows():
        if not row.valid_on(on):
            continue
        for _, other in _pairs(row, body):
            if row.scope == "body":
                partner = registry.get(other)
                candidates = [partner] if partner else []
            else:
                candidates = [b for b in registry.find_units(body.province, kind=other, as_of=on)
                              if b.province == body.province]
            for partner in candidates:
                if registry.valid(partner, on):
                    found[partner.body_id] = partner
    return sorted(found.values(), key=lambda b: b.body_id)
