"""A news item's dateline: the paper's or agency's tag before its lead ("(ĐN) - Ban Dân vận Tỉnh
ủy vừa có văn bản ...", "ANTD.VN - UBND thành phố Hà Nội vừa ban hành ...", "(HNM) – ...",
"Kinhtedothi - ...", "QĐND Online- ..."). It names the paper, not a body, and it hides the sentence's first words
from every pattern that reads a sentence from its start; so the matching text has it as spaces
(a same-length transform: spans stay the text's)."""
from __future__ import annotations

import re

# A tag (in brackets, or one word that may carry dots), a dash, then a sentence: a capital and,
# soon, a lower-case letter ("HĐND - UBND TỈNH HÒA BÌNH" is a header line, "II - MỤC TIÊU" a heading).
# Or a paper's initials in brackets with no dash ("(CLO) Bộ Y tế vừa có văn bản ..."; not a list mark "(1)", "(IV)").
_DATELINE = re.compile(r"^[ \t]*(?:(?:\([^()\n]{2,25}\)|(?![IVX]+\b)[A-ZĐ][\w.]{1,24}(?:[ \t]+Online)?)[ \t]*[-–—]"
                       r"|\((?![IVX]+\))[A-ZĐ]{2,8}\))[ \t]*"
                       r"(?=[A-ZĐÀ-Ỹ][^\n]{0,30}?[a-zà-ỹđ][^\n]{30})", re.MULTILINE)
_REACH = 2500   # a lead stands near the top of the page


def blank_datelines(match: str) -> str:
    """`match` with the datelines of its first lines written as spaces."""
    found = list(_DATELINE.finditer(match, 0, min(len(match), _REACH)))
    if not found:
        return match
    pieces, done = [], 0
    for hit in found:
        pieces += [match[done:hit.start()], " " * (hit.end() - hit.start())]
        done = hit.end()
    return "".join(pieces) + match[done:]
