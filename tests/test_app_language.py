"""Every page, in both languages, under Streamlit's AppTest: every word the user sees comes from
the UI language tables, and no internal id, character offset, "None" or "empty" shows.

The walk collects what a page shows (titles, captions, messages, widget labels and options,
tabs, metrics, table headers and cells, download labels). A string is untranslated when the
English page shows it exactly as the Vietnamese page does and it carries Vietnamese letters, or
when it contains a Vietnamese phrase of the language tables."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.i18n import TEXT
from tests.test_app import APP, SEED_000, at_env, app_store  # noqa: F401 - fixtures

ROOT_DOC = "TW:NQ:57:2024"
PAGES = {"find": None, "lineage": ROOT_DOC, "coverage": SEED_000, "document": SEED_000, "quality": None,
         "upload": None, "export": SEED_000}
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
# Internal ids: doc ids ("TW:NQ:57:2024", "…:KH:#bab0ae25aaea") and body ids ("xa.hung-yen.kim-dong.x").
INTERNAL_ID = re.compile(r"\b[A-Za-z]{2,}:[A-Za-zĐđ]+:(?:\d|#)|#[0-9a-f]{10,}|\b(?:tw|tu|hu|xa|tp|tx|cp|ub)\.[a-z0-9-]+\.")
WORDS = re.compile(r"^(?:None|none|nan|NaN|empty|null)$")
OFFSETS = re.compile(r"^\d+\s*[–-]\s*\d+$")
# Document types as printed (data/domain/doc_types.csv): in English mode a type is named in English
# (data/i18n/doc_types.csv), alone, opening an unnumbered document's name, or in a reason.
DOMAIN_TYPES = [row.split(",", 1)[0] for row in
                (Path(__file__).resolve().parents[1] / "data" / "domain" / "doc_types.csv").read_text(
                    encoding="utf-8").splitlines()[1:] if row]
TYPE_WORD = re.compile(rf"^(?:{'|'.join(map(re.escape, DOMAIN_TYPES))})(?: · |$)|"
                       rf"(?:issued|through [^:]+:) (?:{'|'.join(map(re.escape, DOMAIN_TYPES))}) ")
VI_PHRASES = sorted({vi for vi, en in TEXT.values() if vi != en and len(vi) >= 8 and VIETNAMESE.search(vi)}, key=len)


def _walk(node, out: list):
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            out.append(child)
            _walk(child, out)
    return out


def shown(at) -> tuple[list[str], list[str]]:
    """(interface strings, table cells) the page shows."""
    chrome, cells = [], []
    for element in _walk(at._tree, []):
        kind = getattr(element, "type", "")
        if kind in ("title", "header", "subheader", "caption", "markdown", "info", "warning", "error", "success"):
            chrome.append(str(element.value))
        elif kind in ("button", "toggle", "text_input", "date_input", "slider", "metric", "tab", "checkbox"):
            chrome.append(str(element.label))
        elif kind in ("selectbox", "radio", "multiselect"):
            chrome.append(str(element.label))
            cells.extend(str(o) for o in element.options)
        elif kind == "arrow_data_frame":
            frame = element.value
            frame = frame.data if hasattr(frame, "data") else frame          # a pandas Styler
            chrome.extend(str(c) for c in frame.columns)
            for column in frame.columns:
                cells.extend(str(v) for v in frame[column] if not str(v).startswith(("document?", "lineage?",
                                                                                     "coverage?")))
        elif hasattr(element, "proto") and hasattr(element.proto, "label") and element.proto.label:
            chrome.append(str(element.proto.label))
    return chrome, cells


def render(page: str, doc: str | None, english: bool, backend: str | None = None):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=90)
    if doc:
        at.query_params["doc"] = doc
    at.run()
    if english:
        at.toggle(key="english_widget").set_value(True).run()
    if backend:
        at.selectbox(key=f"backend_widget_{'en' if english else 'vi'}").set_value(backend).run()
    if page != "find":
        at.switch_page(f"app_pages/{page}.py").run()
    if page == "export":
        at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def test_every_document_type_has_an_english_name():
    from explorer.i18n import language, type_name
    with language(True):
        for doc_type in DOMAIN_TYPES:
            assert type_name(doc_type) != doc_type and not VIETNAMESE.search(type_name(doc_type)), doc_type
    assert TYPE_WORD.search("Kế hoạch · Huyện ủy Kim Động") and TYPE_WORD.search("Kế hoạch")
    assert TYPE_WORD.search("Xã A issued Kế hoạch 09-KH/ĐU of 15/04/2025.")
    assert not TYPE_WORD.search("Plan · Huyện ủy Kim Động") and not TYPE_WORD.search("Kế hoạch thực hiện Nghị quyết 57")


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_speaks_one_language_and_shows_no_internal_ids(at_env, page):
    vi_chrome, vi_cells = shown(render(page, PAGES[page], english=False))
    en_chrome, en_cells = shown(render(page, PAGES[page], english=True))
    assert vi_chrome and en_chrome
    for text in vi_chrome + en_chrome + vi_cells + en_cells:
        assert not INTERNAL_ID.search(text), f"{page}: internal id in {text!r}"
        assert not WORDS.match(text.strip()), f"{page}: {text!r} shown"
        assert not OFFSETS.match(text.strip()), f"{page}: character offsets {text!r}"
    for text in en_chrome + en_cells:
        assert not TYPE_WORD.search(text.strip()), f"{page}: a document type in Vietnamese in English: {text!r}"
    same = set(vi_chrome)
    for text in en_chrome:
        assert not (text in same and VIETNAMESE.search(text) and not text.startswith(("Cascade",))), \
            f"{page}: untranslated in English: {text!r}"
        mixed = next((phrase for phrase in VI_PHRASES if phrase in text), None)
        assert mixed is None, f"{page}: Vietnamese {mixed!r} in English text {text!r}"
    for text in vi_chrome:
        english_only = next((en for vi, en in TEXT.values() if vi != en and len(en) >= 12 and en in text), None)
        assert english_only is None, f"{page}: English {english_only!r} in Vietnamese text {text!r}"
