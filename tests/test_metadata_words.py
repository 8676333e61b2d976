"""site_metadata reads its metadata patterns (_METADATA_NUMBER, _METADATA_DATE, _METADATA_TYPE) only on a page where
one of _METADATA_WORDS stands: a cheap search first. That is sound only if every label the patterns accept holds one of
the words. The labels are spelled out here from the patterns themselves (each alternative of each group, each optional
part with and without it, in the case written and in capitals), so a label added to a pattern is checked too; and each
word must be the one that finds some label, so the test fails when a word is dropped."""
from __future__ import annotations

import itertools
import re
from re import _constants as sre_constants, _parser as sre_parse   # the parser `re` compiles with

import pytest

from extraction import site_metadata
from extraction.scan import searchable

PATTERNS = (site_metadata._METADATA_NUMBER, site_metadata._METADATA_DATE, site_metadata._METADATA_TYPE)
# What follows a label in a table: a number, a date, a type; the patterns' look-aheads want a digit.
VALUES = ("12/2020/NQ-HĐND", "12/03/2020", "Nghị quyết")
_SAMPLE_CHAR = {sre_constants.CATEGORY_DIGIT: "1", sre_constants.CATEGORY_SPACE: " ", sre_constants.CATEGORY_WORD: "a"}


def _spellings(items) -> set[str]:
    """Every string a parsed pattern accepts, each repeat read zero or once beyond its least (one sample letter for a
    class; look-arounds, anchors and line starts add nothing)."""
    spelled = {""}
    for op, arg in items:
        if op is sre_constants.LITERAL:
            choices = {chr(arg)}
        elif op is sre_constants.IN:
            choices = _class_samples(arg)
        elif op is sre_constants.ANY:
            choices = {"x"}
        elif op is sre_constants.BRANCH:
            choices = set().union(*(_spellings(branch) for branch in arg[1]))
        elif op is sre_constants.SUBPATTERN:
            choices = _spellings(arg[-1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            least, most, inner = arg
            once = _spellings(inner)
            choices = set()
            for times in {least, min(least + 1, most)}:
                choices |= {"".join(parts) for parts in itertools.product(sorted(once), repeat=times)}
        elif op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            choices = {""}
        else:
            raise AssertionError(f"a pattern part this test cannot spell: {op}")
        spelled = {before + choice for before in spelled for choice in choices}
    return spelled


def _class_samples(items) -> set[str]:
    if items and items[0][0] is sre_constants.NEGATE:
        return {"x"}
    samples = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            samples.add(chr(arg))
        elif op is sre_constants.RANGE:
            samples.add(chr(arg[0]))
        elif op is sre_constants.CATEGORY:
            samples.add(_SAMPLE_CHAR[arg])
    return samples


def _labels() -> list[str]:
    """The front-matter lines the patterns accept: every spelling, with each value after it, as written and in
    capitals, kept where its pattern does match it."""
    labels = []
    for pattern in PATTERNS:
        for spelling in sorted(_spellings(sre_parse.parse(pattern.pattern, pattern.flags))):
            for value in VALUES:
                for text in (spelling + value, (spelling + value).upper()):
                    if pattern.search(text):
                        labels.append(text)
    return labels


LABELS = _labels()


def _unfound(words: tuple[str, ...]) -> list[str]:
    """The labels the prefilter would pass over with `words`, read as site_metadata.metadata reads them."""
    unfound = []
    for text in LABELS:
        lowered = searchable(text, words)
        if lowered is not None and not any(lowered.find(word) >= 0 for word in words):
            unfound.append(text)
    return unfound


def test_labels_are_spelled_from_every_alternative():
    assert len(LABELS) > 1000
    for label in ("Số hiệu", "Kí hiệu", "Số / Ký hiệu", "Số văn bản", "Ngày ký", "Hình thức văn bản", '"so_ky_hieu"',
                  '"ngay_ban_hanh"', '"loai_van_ban"', "SỐ KÝ HIỆU VĂN BẢN"):
        assert any(label in text for text in LABELS), label


def test_every_label_the_patterns_accept_holds_a_prefilter_word():
    unfound = _unfound(site_metadata._METADATA_WORDS)
    assert not unfound, f"{len(unfound)} labels hold no word of _METADATA_WORDS, e.g. {unfound[:5]}"


@pytest.mark.parametrize("dropped", site_metadata._METADATA_WORDS)
def test_every_prefilter_word_finds_a_label_no_other_word_does(dropped):
    words = tuple(word for word in site_metadata._METADATA_WORDS if word != dropped)
    assert _unfound(words), f"no label needs '{dropped}': the word list and the patterns have come apart"
