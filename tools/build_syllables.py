"""Build data/domain/syllables.csv: the Vietnamese syllables the project's own texts use, with
their counts, for loaders/respace.py to split runs of syllables that lost their spaces.

Read: the bundled corpus (data/corpus), the dev split of the real-world corpus (never the test
split) and the domain tables, where a syllable is kept when it is one well-formed Vietnamese
syllable (consonant, vowels, final consonant) seen at least twice; and the registry's names, once each.
A user may add a syllable by hand: the builder is only where the list started.

usage: python3 tools/build_syllables.py
"""
from __future__ import annotations

import collections
import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools" / "real_corpus"))

from split import split_of   # noqa: E402

OUT = ROOT / "data" / "domain" / "syllables.csv"
VOWELS = "aăâeêioôơuưy"
_TONED = "".join(unicodedata.normalize("NFC", v + t) for v in VOWELS for t in "\u0300\u0301\u0309\u0303\u0323")
SYLLABLE = re.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[{VOWELS}{_TONED}]{{1,3}}(?:ch|nh|ng|[cmnpt])?")
MIN_COUNT = 2


def sources() -> list[Path]:
    files = sorted((ROOT / "data" / "corpus").rglob("*.txt"))
    files += [p for p in sorted((ROOT / "tests" / "fixtures" / "real" / "texts").glob("*.txt")) if split_of(p.name) == "dev"]
    files += sorted((ROOT / "data" / "domain").glob("*.csv"))
    return [p for p in files if p != OUT]


def counts() -> collections.Counter:
    found = collections.Counter()
    for path in sources():
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace")).lower()
        found.update(w for w in re.findall(r"[^\W\d_]+", text) if SYLLABLE.fullmatch(w))
    found = collections.Counter({w: n for w, n in found.items() if n >= MIN_COUNT})
    # Place and body names, each once (a name may be seen once; the tables also hold folded keys, "xa" for "xã").
    for path in sorted((ROOT / "data" / "registry").glob("*.csv")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).lower()
        for word in re.findall(r"[^\W\d_]+", text):
            if SYLLABLE.fullmatch(word) and word not in found:
                found[word] = 1
    return found


def render() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["syllable", "count"])
    for word, n in sorted(counts().items(), key=lambda kv: (-kv[1], kv[0])):
        writer.writerow([word, n])
    return out.getvalue()


if __name__ == "__main__":
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} syllables")
