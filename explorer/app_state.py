"""Streamlit glue shared by the pages: the store and backend handles (cached), the sidebar
(language, backend), the selected document (session state + `?doc=` query parameter) and
the derived tables, cached per store generation."""
from __future__ import annotations

import os

import streamlit as st

from cascade.backends import BackendError, open_backend, open_store
from explorer import i18n
from explorer.i18n import fmt_date, t

BACKENDS = ("networkx", "neo4j")


def _store_folder() -> str | None:
    return os.environ.get("CASCADE_STORE") or None


@st.cache_resource(show_spinner="Đang nạp kho văn bản…")
def get_store(folder: str | None):
    return open_store(folder, quiet=True)


@st.cache_resource(show_spinner=False)
def _backend(name: str, folder: str | None):
    """Open a backend and ask it one cheap question, so an unreachable server is reported
    here (failures are not cached: the next run tries again)."""
    handle = open_backend(name, folder)
    if name != "networkx":
        probe = getattr(handle, "counts", None) or handle.stats
        probe()
    return handle


def store():
    return get_store(_store_folder())


def generation() -> int:
    return store().generation()


def graph():
    return store().graph()


def tables():
    """graph.sqlite: what the search, quality and overview read instead of the whole graph."""
    return store().graph_tables()


def backend():
    """The backend chosen in the sidebar; the embedded one when the other cannot answer."""
    name = st.session_state.get("backend", "networkx")
    if name != "networkx":
        try:
            return _backend(name, _store_folder())
        except Exception as error:  # noqa: BLE001 - one line for the user, the app stays usable
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            st.sidebar.error(f"{name}: {message}" if isinstance(error, BackendError)
                             else f"{name}: {type(error).__name__}: {message}")
    return _backend("networkx", _store_folder())


def init_state() -> None:
    for key, value in (("backend", "networkx"), ("english", False), ("doc", None), ("expanded", [])):
        if key not in st.session_state:
            st.session_state[key] = value
    doc = st.query_params.get("doc")
    if doc and doc != st.session_state["doc"]:
        st.session_state["doc"] = doc
        st.session_state["expanded"] = []


def sidebar() -> None:
    with st.sidebar:
        st.toggle(t("english"), key="english")
        i18n.set_english(st.session_state["english"])
        st.selectbox(t("backend"), BACKENDS, key="backend")
        doc = st.session_state.get("doc")
        if doc:
            st.caption(f"{t('current_doc')}: {describe(doc)}")


def select_doc(doc_id: str | None) -> None:
    if doc_id != st.session_state.get("doc"):
        st.session_state["expanded"] = []
    st.session_state["doc"] = doc_id
    if doc_id:
        st.query_params["doc"] = doc_id


def current_doc() -> str | None:
    doc = st.session_state.get("doc")
    return doc if doc and tables().document(doc) is not None else None


def describe(doc_id: str, data: dict | None = None) -> str:
    data = doc_meta(doc_id) if data is None else data
    name = data.get("symbol") or data.get("doc_type") or doc_id
    parts = [str(name), data.get("issuer") or "", fmt_date(data.get("date"))]
    return " · ".join(p for p in parts if p)


def doc_meta(doc_id: str) -> dict:
    return tables().document(doc_id) or {}


@st.cache_data(show_spinner=False, max_entries=64)
def document_choices(gen: int, folder: str | None) -> dict[str, str]:
    """doc_id -> label for every document node (ingested first, then cited-only)."""
    g = get_store(folder).graph()
    docs = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "document"]
    docs.sort(key=lambda item: (not item[1].get("ingested"), item[1].get("date") or "", item[0]))
    return {n: describe(n, d) + ("" if d.get("ingested") else f" ({t('not_ingested')})") for n, d in docs}


def choices() -> dict[str, str]:
    return document_choices(generation(), _store_folder())


def doc_picker(key: str = "picker") -> str | None:
    """A selectbox of documents bound to the selected document."""
    options = choices()
    ids = list(options)
    current = current_doc()
    index = ids.index(current) if current in ids else None
    chosen = st.selectbox(t("choose"), ids, index=index, format_func=lambda d: options.get(d, d), key=key,
                          placeholder=t("choose"))
    if chosen and chosen != current:
        select_doc(chosen)
    return chosen


@st.cache_data(show_spinner=False, max_entries=128)
def lineage_json(backend_name: str, gen: int, root: str, direction: str, depth: int | None,
                 as_of: str | None) -> dict:
    return backend().lineage(root, direction=direction, depth=depth, as_of=as_of).to_json()


@st.cache_data(show_spinner=False, max_entries=512)
def gaps_json(backend_name: str, gen: int, root: str, as_of: str | None) -> dict:
    return backend().gaps(root, as_of=as_of).to_json()
