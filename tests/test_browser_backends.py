"""In Chromium, with a real Neo4j server chosen in the sidebar: the document page (text with its
citations highlighted, the references table) and the data-quality page read from Neo4j and show
what the embedded store shows; once the server holds something else, the page follows it."""
from __future__ import annotations

import contextlib
import os
from urllib.parse import quote

import pytest

from tests.samples import store_with_evil_plan
from tests.test_e2e_browser import ARGS, CHROMIUM, EVIL_DOC, SEED_000, _require_browser, running_app


@contextlib.contextmanager
def server_at(uri: str):
    """NEO4J_URI set to URI in this process for the block (what the test writes to the server)."""
    previous = os.environ.get("NEO4J_URI")
    os.environ["NEO4J_URI"] = uri
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("NEO4J_URI")
        else:
            os.environ["NEO4J_URI"] = previous


@pytest.fixture(scope="module")
def neo4j_app(tmp_path_factory, neo4j_server):
    _require_browser()
    from cascade.backends import sync_store_to_neo4j
    folder = tmp_path_factory.mktemp("browser-neo4j")
    store = store_with_evil_plan(folder, EVIL_DOC)
    with server_at(neo4j_server.uri):
        sync_store_to_neo4j(store)
    with running_app(folder, NEO4J_URI=neo4j_server.uri) as url:
        yield {"url": url, "store": store, "uri": neo4j_server.uri}


@pytest.fixture()
def tab(neo4j_app):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
        page = context.new_page()
        yield page
        browser.close()


def _choose_backend(tab, url: str, path: str, name: str) -> None:
    tab.goto(f"{url}/{path}")
    tab.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").wait_for(timeout=60_000)
    tab.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").click()
    tab.get_by_role("option").filter(has_text=name).first.click()
    tab.wait_for_timeout(1500)
    assert tab.locator("[data-testid='stAlertContentError']").count() == 0       # the server answers


def _document_page(tab) -> dict:
    tab.locator(".cascade-text").first.wait_for(timeout=60_000)
    tab.locator("[data-testid='stDataFrame']").nth(1).wait_for(timeout=60_000)     # metadata, parents
    tab.wait_for_timeout(500)
    return {"text": tab.locator(".cascade-text").first.inner_text(),
            "marks": tab.locator(".cascade-text [class^='hl-']").count(),
            "heading": tab.locator("[data-testid='stMain'] h1").first.inner_text(),
            "tables": tab.locator("[data-testid='stDataFrame']").count()}


def _metrics(tab) -> list[str]:
    tab.locator("[data-testid='stMetricValue']").first.wait_for(timeout=60_000)
    return tab.locator("[data-testid='stMetricValue']").all_inner_texts()


def test_document_and_quality_pages_read_neo4j_in_the_browser(neo4j_app, tab):
    url = neo4j_app["url"]
    doc = quote(SEED_000, safe="")
    # The session starts on the embedded store: what it shows is the reference.
    tab.goto(f"{url}/document?doc={doc}")
    local = _document_page(tab)
    assert local["marks"] > 0
    tab.locator("[data-testid='stSidebarNav']").get_by_text("Chất lượng dữ liệu", exact=True).click()
    local_metrics = _metrics(tab)
    # The same session chooses Neo4j: the same pages, from the server.
    _choose_backend(tab, url, f"document?doc={doc}", "Neo4j")
    chosen = tab.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']")
    assert "Neo4j" in chosen.inner_text() + (chosen.locator("input").first.get_attribute("value") or "") + \
        chosen.locator("input").first.get_attribute("aria-label") or ""
    assert _document_page(tab) == local
    tab.locator("[data-testid='stSidebarNav']").get_by_text("Chất lượng dữ liệu", exact=True).click()
    assert _metrics(tab) == local_metrics
    # The server holds another graph now, without the store's records: the document is not shown.
    from cascade.backends import sync_store_to_neo4j
    from explorer.synthetic import national_cascade
    from graph.neo4j_backend import Neo4jBackend
    with server_at(neo4j_app["uri"]):
        try:
            with Neo4jBackend.from_env() as neo:
                neo.sync(national_cascade(provinces=1, communes=2))
            tab.locator("[data-testid='stSidebarNav']").get_by_text("Văn bản", exact=True).click()
            tab.get_by_text("Chưa chọn văn bản").first.wait_for(timeout=60_000)
            assert tab.locator(".cascade-text").count() == 0
        finally:
            sync_store_to_neo4j(neo4j_app["store"])
