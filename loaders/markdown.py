"""Markdown to plain text, keeping one output line per source line where possible.

Transcriptions of official documents arrive as Markdown, sometimes named .txt. The extractor
wants the words, the line structure (headers, "Số ..." lines) and bullets as "- " lines; it
does not want `**`, `\\-` escapes or `#`.
"""

from __future__ import annotations

import html
import re

__all__ = ["looks_like_markdown", "strip_markdown"]

# Each signal, with strings one of which every match of it contains: a text without any of
# them has no match, and the costly pattern (most are anchored at line starts) need not run.
_SIGNALS = {
    "heading": (re.compile(r"^\s{0,8}#{1,6}\s+\S", re.M), ("#",)),
    "bold": (re.compile(r"\*\*\S[^\n]*?\*\*|__\S[^\n]*?__"), ("**", "__")),
    "escape": (re.compile(r"\\[-.*_#+!()\[\]`>|]"), ("\\",)),
    # Spaces, not newlines: a lone "*" under the issuer's name followed by "Số …" is no bullet.
    "star_bullet": (re.compile(r"^[ \t]*\*[ \t]{1,3}\S", re.M), ("*",)),   # a wide gap is a header column
    "rule": (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ("---", "***", "___")),
    "fence": (re.compile(r"^\s*(?:```|~~~)", re.M), ("```", "~~~")),
    "link": (re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"), ("](",)),
}
# The same counts line by line, on the few lines holding a needed string (a MULTILINE pattern
# would be tried at every position of the text). A star bullet lies within its line. A rule's
# match may reach over blank lines around it, but holds exactly one rule, whose line is
# nothing else: so rules are counted as the lines that are one.
_LINE_SIGNALS = {
    "star_bullet": re.compile(r"[ \t]*\*[ \t]{1,3}\S").match,
    "rule": re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*").fullmatch,
}


def _places(sample: str, part: str):
    """Where `part` occurs in sample, in order. Found through its first character: str.find
    finds one character at memory speed, several at a fraction of it, and the characters
    of Markdown are rare in plain text."""
    first = part[0]
    at = sample.find(first)
    while at >= 0:
        if sample.startswith(part, at):
            yield at
        at = sample.find(first, at + 1)


def _holds(sample: str, needed: tuple[str, ...]) -> bool:
    """Whether one of `needed` occurs in sample."""
    return any(next(_places(sample, part), None) is not None for part in needed)


def _lines_holding(sample: str, needed: tuple[str, ...]) -> list[str]:
    """The lines of sample on which one of `needed` occurs, each once, in order."""
    starts = {sample.rfind("\n", 0, at) + 1 for part in needed for at in _places(sample, part)}
    lines = []
    for start in sorted(starts):
        end = sample.find("\n", start)
        lines.append(sample[start:] if end < 0 else sample[start:end])
    return lines


def _count(signal: str, sample: str) -> int:
    pattern, needed = _SIGNALS[signal]
    if not _holds(sample, needed):
        return 0
    if signal in _LINE_SIGNALS:
        line_matches = _LINE_SIGNALS[signal]
        return sum(1 for line in _lines_holding(sample, needed) if line_matches(line))
    return len(pattern.findall(sample))


def _found(signal: str, sample: str) -> bool:
    pattern, needed = _SIGNALS[signal]
    return _holds(sample, needed) and pattern.search(sample) is not None


def looks_like_markdown(text: str) -> bool:
    """True for text with Markdown-only markup (**bold**, \\- escapes, fences, links), or
    with several headings / star bullets / rules. "- " and "+ " bullets are plain text too."""
    sample = text[:200_000]
    if any(_found(signal, sample) for signal in ("bold", "escape", "fence", "link")):
        return True
    weak = [_count(signal, sample) for signal in ("heading", "star_bullet", "rule")]
    return sum(1 for c in weak if c) >= 2 or sum(weak) >= 3


# Backslash escapes are swapped for private-use placeholders while emphasis is removed, so an
# escaped "\*" never pairs with a real "*".
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PUA = 0xF0000


def _protect(m: re.Match[str]) -> str:
    return chr(_PUA + ord(m.group(1)))


def _restore(text: str) -> str:
    return re.sub("[\U000f0021-\U000f007e]", lambda m: chr(ord(m.group(0)) - _PUA), text)


_HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_BULLET = re.compile(r"^\s*\*\s+(.*)$")  # "- " and "+ " lines stay as they are
_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_EM_UNDER = re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])")
_LEFTOVER = re.compile(r"\*\*+|(?<!\w)__+(?!\w)")
_BR = re.compile(r"<br\s*/?>", re.I)


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(3):  # nested emphasis: ***x*** or **_x_**
        new = _EM_STAR.sub(r"\1", _STRONG.sub(r"\2", line))
        new = _EM_UNDER.sub(r"\1", new)
        if new == line:
            break
        line = new
    line = _LEFTOVER.sub("", line)  # unmatched markers (bold spanning lines)
    return html.unescape(line)


def _line(line: str) -> str | None:
    """Plain text for one Markdown line; "" for a rule, None for a line to drop."""
    if _TABLE_SEP.match(line):
        return None
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    if m := _HEADING.match(line):
        return _inline(m.group(1))
    if line.strip() == "*":  # the lone star under an issuer name is content, not a bullet
        return "*"
    if m := _BULLET.match(line):
        return "- " + _inline(m.group(1))
    if m := _NUMBERED.match(line):
        return f"{m.group(1)} {_inline(m.group(2))}"
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        cells = [_inline(c.strip()) for c in stripped[1:-1].split("|")]
        return " | ".join(c for c in cells if c)
    return _inline(stripped)


def strip_markdown(text: str) -> str:
    """Plain text from Markdown: markup removed, escapes undone, bullets as "- " lines."""
    out: list[str] = []
    in_fence = False
    for raw in _BR.sub("\n", text).split("\n"):
        if re.match(r"^\s*(?:```|~~~)", raw):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(raw.rstrip())
            continue
        line = _line(_ESCAPE.sub(_protect, raw))
        if line is None:
            continue
        out.append(_restore(line).rstrip())
    # Blank lines separate paragraphs in Markdown; one is enough.
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    return result.strip("\n")
