"""The app as a Party office uses it (issue 12) at national scale (issue 13), under AppTest:

- with Neo4j chosen, every page reads Neo4j: the document page (metadata, text, citations with
  their spans) and the data-quality page give the same page on both backends when they hold the
  same store, and Neo4j's answers when it holds something else;
- no page's first render loads the whole graph (a store whose whole-graph load raises);
- filters, the chosen document and the page survive a language switch."""
from __future__ import annotations

import datetime as dt

import pytest

from explorer.synthetic import national_cascade
from tests.test_app import APP, EVIL_DOC, SEED_000, app_store, at_env, evil_doc_id  # noqa: F401 - fixtures
from tests.test_app_language import PAGES, render, shown


def page_on(backend: str, page: str, doc: str | None, english: bool = False):
    return render(page, doc, english, backend)


def everything(at) -> dict:
    """What a page shows: its interface strings and cells, and its HTML (the highlighted text)."""
    chrome, cells = shown(at)
    return {"chrome": chrome, "cells": cells, "html": [str(h.proto.body) for h in at.get("html")],
            "metrics": [(m.label, m.value) for m in at.metric]}


@pytest.fixture()
def neo4j_holds(at_env, neo4j_server, monkeypatch):
    """Neo4j at the test server, holding the app's store (records and failures included)."""
    from cascade.backends import sync_store_to_neo4j
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    sync_store_to_neo4j(at_env)
    return at_env


@pytest.mark.parametrize("page", ["document", "quality", "find", "lineage", "coverage"])
@pytest.mark.parametrize("english", [False, True])
def test_both_backends_give_the_same_page(neo4j_holds, page, english):
    doc = {"document": SEED_000, "find": None, "quality": None}.get(page, "TW:NQ:57:2024" if page == "lineage" else SEED_000)
    on_networkx = everything(page_on("networkx", page, doc, english))
    on_neo4j = everything(page_on("neo4j", page, doc, english))
    assert on_neo4j == on_networkx
    assert on_neo4j["chrome"] and (page != "document" or on_neo4j["html"])


def test_the_document_page_reads_text_and_spans_from_neo4j(neo4j_holds):
    """The hostile document's text, escaped, with its citations highlighted, from the server."""
    evil = evil_doc_id(neo4j_holds)
    at = page_on("neo4j", "document", evil)
    body = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "&lt;script&gt;" in body and "<script>" not in body and 'class="hl-' in body
    assert not at.error


def test_with_other_data_in_neo4j_the_pages_show_neo4js(neo4j_holds):
    """Neo4j holding another graph (no records of the store): the store's document is not shown
    as if Neo4j had it, and the quality counts are the server's."""
    from cascade.backends import sync_store_to_neo4j
    from graph.neo4j_backend import Neo4jBackend
    with Neo4jBackend.from_env() as neo:
        neo.sync(national_cascade(provinces=1, communes=2))
        neo.sync_records(_EmptyStore())
    try:
        at = page_on("neo4j", "document", SEED_000)
        assert not at.get("html")                                         # no text of the store's
        assert at.info and not any(str(h.proto.body) for h in at.get("html"))
        quality = page_on("neo4j", "quality", None)
        local = page_on("networkx", "quality", None)
        assert [m.value for m in quality.metric] != [m.value for m in local.metric]
        assert quality.metric[1].value == "0"                             # no records: nothing missing
    finally:
        sync_store_to_neo4j(neo4j_holds)


class _EmptyStore:
    """A store with no records and no failures (what sync_records reads of a store)."""

    def record_stamps(self) -> dict:
        return {}

    def connect(self):
        import sqlite3
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE failures (source TEXT, error TEXT, at REAL)")
        return conn


def test_the_app_says_so_when_neo4j_stops_answering_after_it_did(neo4j_holds, monkeypatch):
    """A server that answered once and then cannot: the next run says so, and shows nothing
    cached from before."""
    at = page_on("neo4j", "document", SEED_000)
    assert at.get("html")
    monkeypatch.setattr("graph.neo4j_backend.Neo4jBackend.version",
                        lambda self: (_ for _ in ()).throw(RuntimeError("connection refused")))
    at.run()
    assert at.error and "Neo4j" in at.error[0].value and not at.get("html") and not at.dataframe


# -- national scale: no whole-graph load on any page ----------------------------------------
@pytest.fixture()
def no_whole_graph(at_env, monkeypatch):
    """Every whole-graph load raises (the store's graph, graph.sqlite's load_all)."""
    def refuse(*args, **kwargs):
        raise AssertionError("a page loaded the whole graph")
    monkeypatch.setattr("graph.store.Store.graph", refuse)
    monkeypatch.setattr("graph.tables.GraphTables.load_all", refuse)
    return at_env


@pytest.mark.parametrize("page", list(PAGES))
def test_no_page_loads_the_whole_graph(no_whole_graph, page):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=90)
    if PAGES[page]:
        at.query_params["doc"] = PAGES[page]
    at.run()
    if page != "find":
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    assert at.title or at.get("html")
    if page == "export":                                 # the whole graph, streamed from graph.sqlite
        at.radio(key="export_scope_2").set_value("whole").run()
        at.button[0].click().run()
        assert not at.exception, at.exception
        meta = dict(zip(at.dataframe[0].value["Thông tin"], at.dataframe[0].value["Giá trị"]))
        assert int(meta["Số văn bản"]) == no_whole_graph.count()
    if page == "lineage":                                 # the chosen document's cascade
        at.selectbox(key="lineage_picker").set_value("TW:NQ:57:2024").run()
        assert not at.exception, at.exception


def test_the_picker_searches_instead_of_listing_every_document(at_env):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/lineage.py").run()
    at.text_input(key="lineage_picker_q").input("57 NQ TW").run()
    options = at.selectbox(key="lineage_picker").options
    assert options and options[0].startswith("57-NQ/TW")
    at.selectbox(key="lineage_picker").select_index(0).run()
    assert not at.exception and at.title[0].value == "Phả hệ văn bản"
    assert any("57-NQ/TW" in c.value for c in at.sidebar.caption)


# -- a language switch keeps what the user chose ----------------------------------------------
def switch_language(at):
    at.toggle(key="english_widget").set_value(not at.toggle(key="english_widget").value).run()
    assert not at.exception, at.exception
    return at


def test_filters_document_and_page_survive_a_language_switch(at_env):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.text_input(key="find_q").input("kim dong").run()
    at.selectbox(key="find_type").set_value("Kế hoạch").run()
    at.selectbox(key="find_level").set_value("district").run()
    at.text_input(key="find_locality").input("Hưng Yên").run()
    at.date_input(key="find_from").set_value(dt.date(2024, 1, 1)).run()
    before = len(at.dataframe[0].value)
    switch_language(at)
    assert at.title[0].value == "Find"
    assert (at.text_input(key="find_q").value, at.selectbox(key="find_type").value,
            at.selectbox(key="find_level").value, at.text_input(key="find_locality").value,
            at.date_input(key="find_from").value) == ("kim dong", "Kế hoạch", "district", "Hưng Yên",
                                                      dt.date(2024, 1, 1))
    assert len(at.dataframe[0].value) == before and "Plan" in set(at.dataframe[0].value["Type"])

    at.switch_page("app_pages/lineage.py").run()
    at.selectbox(key="lineage_picker").set_value("TW:NQ:57:2024").run()
    at.radio(key="lineage_direction").set_value("up").run()
    at.slider(key="lineage_depth").set_value(3).run()
    switch_language(at)
    assert at.title[0].value == "Phả hệ văn bản"                        # the same page, in Vietnamese
    assert (at.selectbox(key="lineage_picker").value, at.radio(key="lineage_direction").value,
            at.slider(key="lineage_depth").value) == ("TW:NQ:57:2024", "up", 3)

    at.switch_page("app_pages/coverage.py").run()
    at.date_input(key="coverage_as_of").set_value(dt.date(2025, 3, 1)).run()
    switch_language(at)
    assert at.title[0].value == "Coverage" and at.date_input(key="coverage_as_of").value == dt.date(2025, 3, 1)
    assert at.selectbox(key="coverage_picker").value == "TW:NQ:57:2024"

    at.switch_page("app_pages/export.py").run()
    at.radio(key="export_scope_2").set_value("whole").run()
    at.selectbox(key="export_format").set_value("graphml").run()
    switch_language(at)
    assert at.title[0].value == "Xuất dữ liệu"
    assert (at.radio(key="export_scope_2").value, at.selectbox(key="export_format").value) == ("whole", "graphml")


def test_find_filters_survive_a_visit_to_another_page(at_env):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.text_input(key="find_q").input("kim dong").run()
    at.selectbox(key="find_level").set_value("district").run()
    at.switch_page("app_pages/quality.py").run()
    switch_language(at)
    at.switch_page("app_pages/find.py").run()
    assert (at.text_input(key="find_q").value, at.selectbox(key="find_level").value) == ("kim dong", "district")


# -- the backend interface the pages read, on both engines ------------------------------------
def test_what_the_pages_read_is_the_same_on_both_backends(corpus_store, neo4j_server, monkeypatch):
    from cascade.backends import NetworkxBackend, sync_store_to_neo4j
    from graph.neo4j_backend import Neo4jBackend
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    synced = sync_store_to_neo4j(corpus_store)
    assert synced["records"] == corpus_store.count()
    local = NetworkxBackend(corpus_store)
    with Neo4jBackend.from_env() as neo:
        ids = [hit["doc_id"] for hit in local.search("", limit=None)]
        assert neo.documents(ids) == local.documents(ids) and len(local.documents(ids)) == len(ids)
        assert all(neo.document(doc) == local.document(doc) for doc in ids[:25])
        assert neo.document("no such document") is None is local.document("no such document")
        for record in corpus_store.records():
            ours, theirs = local.record(record.doc_id), neo.record(record.doc_id)
            assert theirs.to_json(with_text=True) == ours.to_json(with_text=True) and theirs.text
        assert neo.record("no such document") is None
        assert neo.doc_types() == local.doc_types() and "Kế hoạch" in local.doc_types()
        relayed = local.relayed_links(ids)
        assert relayed and neo.relayed_links(ids) == relayed
        for limit in (None, 3, 0):
            assert neo.quality(limit) == local.quality(limit)
        assert local.quality(None)["cited_missing"] and local.quality(None)["counts"]["cited_missing"]
        assert neo.failures(86400) == local.failures(86400)
        before = neo.version()
        again = sync_store_to_neo4j(corpus_store)
        assert before and neo.version() != before                   # every sync: the app's caches start afresh
        assert again["records"] == 0                                 # only changed records are copied
