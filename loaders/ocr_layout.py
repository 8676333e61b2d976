"""Text lines of an OCR'd page, rebuilt from Tesseract's word boxes.

A Party/state page has two-column zones: the header (issuer and number on the left, motto and
place-date on the right) and the closing (recipients left, signature right). Read row by row,
"ĐẢNG BỘ TỈNH X   ĐẢNG CỘNG SẢN VIỆT NAM" becomes one line and mangles the issuer; so within a
zone all of the left column comes first, then all of the right column, as the .docx loader reads
a header table and as the text layer of a born-digital PDF usually gives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median


@dataclass
class Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int
    conf: float
    line_id: tuple[int, int, int]   # Tesseract's (block, paragraph, line)


class Segment:
    """Words of one line that belong together, with their bounding box."""

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.left, self.right = min(w.left for w in words), max(w.right for w in words)
        self.top, self.bottom = min(w.top for w in words), max(w.bottom for w in words)
        self.text = " ".join(w.text for w in words)


def _segments(words: list[Word], gap: float) -> list[Segment]:
    """Tesseract's lines, cut where a wide blank separates two columns on the same line."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line_id, []).append(word)
    out = []
    for line in lines.values():
        line.sort(key=lambda w: w.left)
        current = [line[0]]
        for word in line[1:]:
            if word.left - current[-1].right > gap:
                out.append(Segment(current))
                current = []
            current.append(word)
        out.append(Segment(current))
    return out


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments side by side (overlapping vertically by half a line) form one row."""
    rows: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.left)):
        if rows:
            last = rows[-1]
            top, bottom = min(s.top for s in last), max(s.bottom for s in last)
            overlap = min(bottom, seg.bottom) - max(top, seg.top)
            if overlap > 0.5 * min(bottom - top, seg.bottom - seg.top):
                last.append(seg)
                continue
        rows.append([seg])
    return [sorted(row, key=lambda s: s.left) for row in rows]


def page_lines(words: list[Word], width: int) -> list[str]:
    """The page's lines in reading order, two-column zones read column by column."""
    if not words:
        return []
    height = median(w.bottom - w.top for w in words)
    rows = _rows(_segments(words, gap=1.5 * height))   # word spaces are about 0.3 of a height
    page = width or max(s.right for row in rows for s in row)

    def side(seg: Segment) -> str | None:
        centre = (seg.left + seg.right) / 2
        if centre < 0.4 * page:
            return "left"
        if centre > 0.6 * page and seg.left > 0.25 * page:
            return "right"
        return None   # a centred title, or body text from margin to margin

    def sides(row: list[Segment]) -> list[str | None]:
        """Two segments side by side are two columns, even when the right one reaches over the
        middle (the motto's cell is the wider one)."""
        if len(row) > 1:
            return ["left"] + ["right"] * (len(row) - 1)
        return [side(row[0])]

    lines: list[str] = []
    zone: list[list[Segment]] = []

    def flush() -> None:
        placed = [(seg, where) for row in zone for seg, where in zip(row, sides(row))]
        lines.extend([seg.text for seg, where in placed if where == "left"]
                     + [seg.text for seg, where in placed if where == "right"])
        zone.clear()

    last_bottom = None
    for row in rows:
        top = min(s.top for s in row)
        where = sides(row)
        # a zone starts with a right-hand column; a lone short line on the left is body text
        if all(where) and (zone or "right" in where):
            zone.append(row)
        else:
            flush()
            # a wider blank than line spacing: a new paragraph, the blank line a text version has
            if last_bottom is not None and top - last_bottom > 0.9 * height and lines and lines[-1]:
                lines.append("")
            lines.extend(s.text for s in row)
        last_bottom = max(s.bottom for s in row)
    flush()
    return lines
