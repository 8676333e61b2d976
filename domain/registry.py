"""The registry of bodies: Party committees, state bodies and mass organisations over time.

The data lives in ``data/registry/*.csv`` (one row per body; see ``data/registry/SOURCES.md``);
this module reads it once, lazily, and answers time-aware look-ups::

    reg = Registry.load()
    reg.find_units("Kim Động", level="district")        # -> [Body(hu.hung-yen.kim-dong)]
    reg.find_units("xã Tân Ninh", as_of=date(2025, 10, 13))
    reg.children("hu.hung-yen.kim-dong", as_of=date(2025, 3, 12))
    reg.find_central("Bộ Chính trị"), reg.by_issuer_code("BTGDVTW")

Names are compared after :func:`fold`, which ignores case, NFC/NFD, tone placement (uỷ/ủy,
hoà/hòa) and the Đ look-alikes, but keeps the letters and tones themselves.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

__all__ = ["Body", "Registry", "fold", "DEFAULT_FOLDER"]

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "data" / "registry"
ENV_VAR = "CASCADE_REGISTRY"

LEVELS = ("central", "province", "district", "commune", "cell")
SYSTEMS = ("party", "state", "mass")
# unit types a name may start with, longest first ("thị xã" before "xã")
UNIT_TYPES = ("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận",
              "tỉnh", "xã")

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_D_LOOKALIKES = str.maketrans({"Ð": "Đ", "Ɖ": "Đ", "ð": "đ", "ɖ": "đ"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key: lowercase, NFC, one tone placement per word, Đ look-alikes unified.

    Each word's tone mark is moved to the end of the word, so "uỷ" and "ủy" (or "hoà" and
    "hòa") get the same key while "Tân" and "Tấn" stay different. Punctuation becomes spaces.
    """
    text = unicodedata.normalize("NFC", text.translate(_D_LOOKALIKES).lower())
    words = []
    for word in _WORD.findall(text):  # on NFC text, so combining marks stay inside words
        word = unicodedata.normalize("NFD", word)
        tones = "".join(c for c in word if c in _TONES)
        base = "".join(c for c in word if c not in _TONES)
        words.append(unicodedata.normalize("NFC", base) + tones)
    return " ".join(words)


_FOLDED_TYPES = tuple((fold(t), t) for t in UNIT_TYPES)


def split_unit_type(name: str) -> tuple[str | None, str]:
    """'xã Tân Ninh' -> ('xã', 'Tân Ninh'); 'Tân Ninh' -> (None, 'Tân Ninh')."""
    key = fold(name)
    for folded, unit_type in _FOLDED_TYPES:
        if key.startswith(folded + " "):
            return unit_type, key[len(folded) + 1:]
    return None, key


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


@dataclass(frozen=True)
class Body:
    """One body (a committee, board, government organ …) with its period of validity."""

    body_id: str
    name: str
    kind: str
    level: str
    system: str
    province: str = ""
    district: str = ""
    locality: str = ""
    unit_type: str = ""
    unit_code: str = ""
    parent_id: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor_id: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    issuer_codes: tuple[str, ...] = ()
    source: str = ""
    note: str = ""

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Body:
        """Build a body from one CSV row (missing optional columns are empty)."""
        get = lambda key: (row.get(key) or "").strip()  # noqa: E731
        return cls(
            body_id=get("body_id"), name=get("name"), kind=get("kind"), level=get("level"),
            system=get("system"), province=get("province"), district=get("district"),
            locality=get("locality"), unit_type=get("unit_type"), unit_code=get("unit_code"),
            parent_id=get("parent_id") or None, valid_from=_date(get("valid_from")),
            valid_to=_date(get("valid_to")), successor_id=_split(get("successor_id")),
            aliases=_split(get("aliases")), issuer_codes=_split(get("issuer_codes")),
            source=get("source"), note=get("note"),
        )

    def valid_on(self, as_of: date) -> bool:
        """True if the body existed on ``as_of`` (both ends inclusive)."""
        return ((self.valid_from is None or self.valid_from <= as_of)
                and (self.valid_to is None or as_of <= self.valid_to))


class Registry:
    """All bodies, indexed by id, unit name, parent, issuer code and central name."""

    def __init__(self, bodies: Iterable[Body]) -> None:
        self._by_id: dict[str, Body] = {}
        self._by_locality: dict[str, list[Body]] = defaultdict(list)
        self._children: dict[str, list[Body]] = defaultdict(list)
        self._by_code: dict[str, list[Body]] = defaultdict(list)
        self._central_names: dict[str, list[Body]] = defaultdict(list)
        for body in bodies:
            if body.body_id in self._by_id:
                raise ValueError(f"duplicate body_id {body.body_id!r}")
            self._by_id[body.body_id] = body
            if body.locality:
                self._by_locality[fold(body.locality)].append(body)
            if body.parent_id:
                self._children[body.parent_id].append(body)
            for code in body.issuer_codes:
                self._by_code[fold(code)].append(body)
            if body.level == "central":
                for name in (body.name, *body.aliases):
                    self._central_names[fold(name)].append(body)

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, folder: str | os.PathLike[str] | None = None) -> Registry:
        """Read every ``*.csv`` in ``folder`` (default ``$CASCADE_REGISTRY`` or the repo's).

        The result is cached per folder, so repeated calls are free.
        """
        chosen = folder or os.environ.get(ENV_VAR) or DEFAULT_FOLDER
        return _load_cached(Path(chosen).resolve())

    @staticmethod
    def read_rows(folder: str | os.PathLike[str]) -> Iterator[tuple[str, dict[str, str]]]:
        """Yield ``(file name, row)`` for every row of every CSV in ``folder``, sorted by file."""
        for path in sorted(Path(folder).glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    yield path.name, row

    # -- look-ups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, body_id: object) -> bool:
        return body_id in self._by_id

    def get(self, body_id: str) -> Body | None:
        """The body with this id, or None."""
        return self._by_id.get(body_id)

    def all(self) -> list[Body]:
        """Every body, in file order."""
        return list(self._by_id.values())

    @staticmethod
    def valid(body: Body, as_of: date | None) -> bool:
        """True if ``body`` existed on ``as_of``; always True when ``as_of`` is None."""
        return as_of is None or body.valid_on(as_of)

    def find_units(self, name: str, *, level: str | None = None, kind: str | None = None,
                   province: str | None = None, district: str | None = None,
                   as_of: date | None = None, unit_type: str | None = None,
                   system: str | None = None) -> list[Body]:
        """Bodies of the unit called ``name`` ("Kim Động", "xã Tân Ninh", "Quận 1").

        A leading unit type in ``name`` ("xã", "phường", "thị trấn", "huyện", "tỉnh" …) filters
        like ``unit_type``. ``province`` and ``district`` are names too ("Hưng Yên").
        """
        prefix, key = split_unit_type(name)
        candidates = self._by_locality.get(key, [])
        if not candidates and prefix:  # a unit whose own name starts with a type word
            prefix, candidates = None, self._by_locality.get(fold(name), [])
        wanted_type = fold(unit_type) if unit_type else (fold(prefix) if prefix else None)
        province_key = split_unit_type(province)[1] if province else None
        district_key = split_unit_type(district)[1] if district else None
        return [
            b for b in candidates
            if (level is None or b.level == level)
            and (kind is None or b.kind == kind)
            and (system is None or b.system == system)
            and (wanted_type is None or fold(b.unit_type) == wanted_type)
            and (province_key is None or fold(b.province) == province_key)
            and (district_key is None or fold(b.district) == district_key)
            and self.valid(b, as_of)
        ]

    def children(self, body_id: str, *, as_of: date | None = None, level: str | None = None,
                 kind: str | None = None) -> list[Body]:
        """Bodies whose parent is ``body_id``, optionally valid on ``as_of``."""
        return [
            b for b in self._children.get(body_id, [])
            if (level is None or b.level == level) and (kind is None or b.kind == kind)
            and self.valid(b, as_of)
        ]

    def by_issuer_code(self, code: str, *, level: str | None = "central") -> list[Body]:
        """Bodies that sign with ``code`` ("TW", "BTGDVTW"); central ones unless ``level=None``."""
        return [b for b in self._by_code.get(fold(code), [])
                if level is None or b.level == level]

    def successors(self, body_id: str) -> list[Body]:
        """The direct successors of ``body_id`` (empty if none or unknown)."""
        body = self._by_id.get(body_id)
        if body is None:
            return []
        return [self._by_id[s] for s in body.successor_id if s in self._by_id]

    def find_central(self, name: str, *, as_of: date | None = None) -> list[Body]:
        """Central bodies whose name or alias is ``name`` ("Bộ Chính trị", "Ban Tổ chức TW")."""
        return [b for b in self._central_names.get(fold(name), []) if self.valid(b, as_of)]


@lru_cache(maxsize=8)
def _load_cached(folder: Path) -> Registry:
    if not folder.is_dir():
        raise FileNotFoundError(f"registry folder not found: {folder}")
    return Registry(Body.from_row(row) for _, row in Registry.read_rows(folder))
