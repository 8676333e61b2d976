"""Text damage as real pages carry it (DOMAIN.md: encodings, look-alikes, OCR and PDF residue), each as a
transformation of a clean page: `Damage.page(text)` gives the bytes a user's .txt file would hold, and
`Damage.printed(symbol)` what a symbol then reads as printed (ANNOTATION.md: a label copies the page's
errors, so a symbol whose characters the damage changed is expected as the damage prints it)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from loaders.legacy import tcvn3_table, vni_table

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Damage:
    name: str
    text: Callable[[str], str]                  # the damage on the characters
    encode: Callable[[str], bytes] = lambda text: text.encode("utf-8")
    printed: Callable[[str], str] = _same       # a symbol as the damaged page prints it
    warns: str | None = None                    # a warning the reading must carry (a repair says so)
    repair_says: str | None = None              # a reading that undoes `printed` must warn with these words
    note: str = ""

    def page(self, clean: str) -> bytes:
        return self.encode(self.text(clean))

    def then(self, other: Damage) -> Damage:
        """This damage, then another on its result (a pair: NFD saved with CRLF ends)."""
        if self.encode is not Damage.encode and other.encode is not Damage.encode:
            raise ValueError("one byte encoding per pair")
        encode = other.encode if other.encode is not Damage.encode else self.encode
        return Damage(f"{self.name} + {other.name}", lambda text: other.text(self.text(text)), encode,
                      lambda symbol: other.printed(self.printed(symbol)), self.warns or other.warns,
                      self.repair_says or other.repair_says)


# ---- legacy encodings ----------------------------------------------------------------------

def _tcvn3_bytes(text: str) -> bytes:
    """.VnTime for lower case, .VnTimeH for capitals: a capital with a tone is typed with the lower-case
    code (the H font draws it as a capital), so only Ă Â Ê Ô Ơ Ư Đ keep codes of their own."""
    code = {char: byte for byte, char in tcvn3_table().items()}
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if char in "ĂÂÊÔƠƯĐ" or char.isascii():
            out += bytes([code[char]]) if not char.isascii() else char.encode("ascii")
        else:
            out.append(code[char.lower()] if char.lower() in code else ord(char))
    return bytes(out)


def _vni_bytes(text: str) -> bytes:
    code = {char: sequence for sequence, char in vni_table().items()}
    return "".join(code.get(char, char) for char in unicodedata.normalize("NFC", text)).encode("latin-1")


def _cp1258_bytes(text: str) -> bytes:
    """CP1258 keeps the tone as a combining mark after a letter that carries its other marks (ê, ơ, ă)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in parts if mark in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def _read_as_latin1(data: bytes) -> str:
    """Legacy bytes opened as Windows-1252 and saved again as UTF-8 (the mojibake a web page shows)."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in data)


def _utf8_of_legacy(encode: Callable[[str], bytes], drop_soft_hyphen: bool = False) -> Callable[[str], bytes]:
    def saved(text: str) -> bytes:
        shown = _read_as_latin1(encode(text))
        return (shown.replace("\u00ad", "") if drop_soft_hyphen else shown).encode("utf-8")
    return saved


# ---- letters ---------------------------------------------------------------------------------

def _strip_marks(text: str) -> str:
    """Every mark lost ("Can cu Nghi dinh so"): a font without Vietnamese glyphs, a copy through ASCII."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("Đ", "D").replace("đ", "d")


def _codes(pattern: str, replace: Callable[[re.Match], str]) -> Callable[[str], str]:
    """A damage inside symbols only ("57-NQ/TW", "30/2020/NĐ-CP"), the words around them untouched."""
    symbol = re.compile(r"\b\d+(?:/\d{4})?[-/][A-ZĐ][\w/.-]*[A-Za-zĐ0-9]")
    return lambda text: symbol.sub(lambda m: re.sub(pattern, replace, m.group()), text)


def _spaced_title(text: str) -> str:
    """A PDF splits a capital word at its first accented letter: "K Ế HOẠCH", "Q UYẾT ĐỊNH", "H ƯỚNG DẪN"."""
    def split(m: re.Match) -> str:
        word = m.group()
        at = next((i for i, c in enumerate(word) if not c.isascii()), 0)
        return word[:at] + " " + word[at:] if at else word
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isupper() and not re.search(r"\d|CỘNG|ĐẢNG|ỦY|ĐOÀN|HỘI ĐỒNG|BAN|BỘ|TỈNH|HUYỆN|XÃ", line):
            lines[i] = re.sub(r"\w+", split, line, count=1)
            break
    return "\n".join(lines)


def _title_word(text: str, change: Callable[[str], str]) -> str:
    """OCR's slip on the type title's line (the first line in capitals under the header): `change` on its last word."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isupper() and not re.search(r"\d|CỘNG|ĐẢNG|ỦY|ĐOÀN|HỘI ĐỒNG|BAN|BỘ|TỈNH|HUYỆN|XÃ", line):
            head, _, last = line.rpartition(" ")
            lines[i] = (head + " " if head else "") + change(last)
            break
    return "\n".join(lines)


def _spaced_label(text: str) -> str:
    return re.sub(r"(?m)^Số", "S ố", text)


def _glued_header(text: str) -> str:
    """The header's lines lost their spaces ("ỦYBANNHÂNDÂN", "Sốː594/UBND-VX"): a PDF text layer without
    space glyphs. Only the lines above the title: a body glued whole is not a page a reader can use."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:6]):
        if line.isupper() and len(line.split()) > 1:
            lines[i] = line.replace(" ", "")
    return "\n".join(lines)


def _y_ban(text: str) -> str:
    return re.sub(r"(?m)^ỦY BAN", "Y BAN", text)


def _full_width_digits(text: str) -> str:
    """Digits typed in an East Asian input mode ("Số: ５９４/UBND-VX"): in the number line only."""
    return re.sub(r"(?m)^(Số:? )(\d+)", lambda m: m.group(1) + "".join(chr(ord(d) + 0xFEE0) for d in m.group(2)), text)


def _soft_hyphens(text: str) -> str:
    """Word's optional hyphens left inside long words ("chuyển\u00adđổi"), and one inside a code."""
    return re.sub(r"(?<=\w{3})(?=\w{3})", "\u00ad", text, count=40)


def _old_tones(text: str) -> str:
    """The old tone placement a typist's keyboard driver writes ("Tỉnh uỷ", "hoà", "HOÀ"): a variant, not an error."""
    for new, old in (("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ỦY", "UỶ"), ("òa", "oà"), ("ÒA", "OÀ"), ("óa", "oá")):
        text = text.replace(new, old)
    return text


def _entities(text: str) -> str:
    """A page copied from its source: letters beyond ASCII as numeric character references ("Quy&#7871;t")."""
    return "".join(c if c.isascii() else f"&#{ord(c)};" for c in text)


def _glued_dateline(text: str) -> str:
    return re.sub(r"ngày (\d+) tháng (\d+) năm", r"ngày\1 tháng\2 năm", text)


def _glued_cues(text: str) -> str:
    """A PDF that lost the space inside the opening cues ("Căncứ Nghịđịnh", "Thựchiện Kếhoạch")."""
    for words in ("Căn cứ", "Thực hiện", "Nghị định", "Nghị quyết", "Quyết định", "Kế hoạch", "Quy định", "Công văn"):
        text = re.sub(rf"(?m)^{words}", words.replace(" ", ""), text)
    return text


DAMAGES = [
    Damage("NFD", lambda text: unicodedata.normalize("NFD", text)),
    Damage("TCVN3 bytes", _same, _tcvn3_bytes, warns="TCVN3"),
    Damage("TCVN3 shown as UTF-8", _same, _utf8_of_legacy(_tcvn3_bytes), warns="TCVN3"),
    Damage("TCVN3 shown, ư lost", _same, _utf8_of_legacy(_tcvn3_bytes, drop_soft_hyphen=True), warns="TCVN3",
           note="the soft hyphen that is TCVN3's ư stripped by a tool"),
    Damage("VNI bytes", _same, _vni_bytes, warns="VNI"),
    Damage("VNI shown as UTF-8", _same, _utf8_of_legacy(_vni_bytes), warns="VNI"),
    Damage("CP1258 bytes", _same, _cp1258_bytes, warns="CP1258"),
    Damage("eth for Đ", lambda text: text.replace("Đ", "\u00d0").replace("đ", "\u00f0")),
    Damage("African D for Đ", lambda text: text.replace("Đ", "\u0189").replace("đ", "\u0256")),
    Damage("marks dropped", _strip_marks, printed=_strip_marks, repair_says="no diacritics"),
    Damage("spaced title word", _spaced_title),
    Damage("spaced number label", _spaced_label),
    Damage("glued header", _glued_header),
    Damage("Y BAN", _y_ban),
    Damage("ƯBND", lambda text: text.replace("UBND", "ƯBND"), printed=lambda s: s.replace("UBND", "ƯBND"),
           repair_says="ƯBND"),
    Damage("literal \\r\\n", lambda text: text.replace("\n", "\\r\\n")),
    Damage("literal \\n", lambda text: text.replace("\n", "\\n")),
    Damage("CRLF", lambda text: text.replace("\n", "\r\n")),
    Damage("CR", lambda text: text.replace("\n", "\r")),
    Damage("non-breaking spaces", lambda text: text.replace(" ", "\u00a0")),
    Damage("zero-width spaces", lambda text: re.sub(r"(?<=\w)(?=[-/]\w)|(?<= )", "\u200b", text)),
    Damage("soft hyphens", _soft_hyphens),
    Damage("byte order mark", lambda text: "\ufeff" + text),
    Damage("en dash in codes", _codes(r"-", lambda m: "\u2013")),
    Damage("em dash in codes", _codes(r"-", lambda m: "\u2014")),
    Damage("minus sign in codes", _codes(r"-", lambda m: "\u2212")),
    Damage("spaced separators", _codes(r"(?<=\d)([-/])", lambda m: f" {m.group(1)} ")),
    Damage("smart quotes", lambda text: re.sub(r"(Nghị quyết|Kế hoạch|Quy định|Công văn|Nghị định) số",
                                               lambda m: f"“{m.group(1)}” số", text)),
    Damage("full-width digits", _full_width_digits, note="[M] read as the digits they are (NFKC): a label types 594"),
    Damage("O for 0 in codes", _codes(r"0", lambda m: "O"), printed=lambda s: s.replace("0", "O"),
           repair_says="letters read as digits"),
    Damage("l for 1 in codes", _codes(r"1", lambda m: "l"), printed=lambda s: s.replace("1", "l"),
           repair_says="letters read as digits"),
    Damage("doubled Đ in codes", _codes(r"(?<=[A-Z])Đ(?=[-/])", lambda m: "ĐĐ"),
           printed=lambda s: re.sub(r"(?<=[A-Z])Đ(?=[-/])", "ĐĐ", s), repair_says="ĐĐ",
           note="Tesseract doubles the Đ before a code's separator (ocr_repairs.csv)"),
    Damage("title letter dropped", lambda text: _title_word(text, lambda word: word[:-1])),
    Damage("title letter doubled", lambda text: _title_word(text, lambda word: word + word[-1])),
    Damage("old tone placement", _old_tones),
    Damage("character references", _entities),
    Damage("glued dateline", _glued_dateline),
    Damage("glued cues", _glued_cues),
    Damage("double spaces", lambda text: text.replace(" ", "  ")),
    Damage("tabs for spaces", lambda text: re.sub(r"(?m)^(Số:?) ", "\\1\t", text).replace(", ngày", ",\tngày")),
]
DAMAGE = {damage.name: damage for damage in DAMAGES}
# Cheap pairs: an encoding's damage with what the same trip through a tool also does.
PAIRS = [DAMAGE[a].then(DAMAGE[b]) for a, b in (
    ("NFD", "CRLF"), ("NFD", "non-breaking spaces"), ("NFD", "en dash in codes"), ("NFD", "spaced title word"),
    ("TCVN3 bytes", "CRLF"), ("VNI bytes", "CRLF"), ("TCVN3 shown as UTF-8", "non-breaking spaces"),
    ("eth for Đ", "NFD"), ("marks dropped", "CRLF"), ("marks dropped", "spaced separators"),
    ("literal \\r\\n", "non-breaking spaces"), ("zero-width spaces", "en dash in codes"),
    ("Y BAN", "ƯBND"), ("spaced number label", "en dash in codes"), ("soft hyphens", "NFD"),
)]
