"""Streamlit glue shared by the pages: the store and backend handles (cached), the sidebar
(language, backend), the selected document (session state + `?doc=` query parameter) and
the derived tables, cached per store generation."""
from __future__ import annotations

import os

import streamlit as st

from cascade.backends import open_backend, open_store
from explorer.lineage_view import relayed_pairs
from explorer.i18n import doc_name, frozen, is_english, t

BACKENDS = ("networkx", "neo4j")
FAILURES_SHOWN_FOR = 30 * 86400     # seconds a failed file stays listed on the quality page


def _store_folder() -> str | None:
    return os.environ.get("CASCADE_STORE") or None


@st.cache_resource(show_spinner=False)
def get_store(folder: str | None):
    return open_store(folder, quiet=True)


_LOADED: set = set()     # store folders already opened in this process (no per-user state here)


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
    folder = _store_folder()
    if folder in _LOADED:
        return get_store(folder)
    with st.spinner(t("loading_store")):       # the first use may read the whole corpus
        handle = get_store(folder)
    _LOADED.add(folder)
    return handle


def generation() -> int:
    return store().generation()


def graph():
    return store().graph()


def tables():
    """graph.sqlite: what the search, quality and overview read instead of the whole graph."""
    return store().graph_tables()


def backend():
    """The backend chosen in this session's sidebar. When it cannot answer, the page says so in
    the UI language and stops: it never shows results from another backend in its place."""
    name = st.session_state.get("backend", "networkx")
    try:
        return _backend(name, _store_folder())
    except Exception:  # noqa: BLE001 - a sentence for the user, not a trace
        if name == "networkx":
            raise
        from graph.neo4j_conn import settings_from_env
        st.error(t("backend_down", uri=settings_from_env().uri))
        st.sidebar.error(t("backend_down_short"))
        st.stop()


def init_state() -> None:
    for key, value in (("backend", "networkx"), ("english", False), ("doc", None), ("expanded", []),
                       ("rejected", [])):
        if key not in st.session_state:
            st.session_state[key] = value
    doc = st.query_params.get("doc")
    if doc and doc != st.session_state["doc"]:
        st.session_state["doc"] = doc
        st.session_state["expanded"] = []


def sidebar() -> None:
    with st.sidebar:
        # The widgets write plain session keys ("english", "backend"): a widget's own state is
        # dropped by Streamlit when a page switch skips it, the plain keys are not.
        st.toggle(t("english"), value=st.session_state["english"], key="english_widget",
                  on_change=_copy_widget, args=("english_widget", "english"))
        # one widget per language: a selectbox keeps its choice as the shown text, which the
        # other language would not find
        widget = f"backend_widget_{'en' if is_english() else 'vi'}"
        chosen = st.session_state["backend"] if st.session_state["backend"] in BACKENDS else BACKENDS[0]
        st.selectbox(t("backend"), BACKENDS, index=BACKENDS.index(chosen), key=widget,
                     format_func=frozen(lambda name: t(f"backend_{name}")), on_change=_copy_widget,
                     args=(widget, "backend"))
        doc = st.session_state.get("doc")
        if doc:
            st.caption(f"{t('current_doc')}: {describe(doc)}")


def _copy_widget(widget: str, key: str) -> None:
    st.session_state[key] = st.session_state[widget]


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
    """The document's readable name: its number, or type, issuer and date when unnumbered."""
    return doc_name(doc_meta(doc_id) if data is None else data)


def doc_meta(doc_id: str) -> dict:
    return tables().document(doc_id) or {}


@st.cache_data(show_spinner=False, max_entries=64)
def document_choices(gen: int, folder: str | None, english: bool) -> dict[str, str]:
    """doc_id -> label for every document node (ingested first, then cited-only). `english` is
    part of the cache key: the labels are in the session's language."""
    g = get_store(folder).graph()
    docs = [(n, d) for n, d in g.nodes(data=True) if d.get("kind") == "document"]
    docs.sort(key=lambda item: (not item[1].get("ingested"), item[1].get("date") or "", item[0]))
    return {n: describe(n, d) + ("" if d.get("ingested") else f" ({t('not_ingested')})") for n, d in docs}


def choices() -> dict[str, str]:
    return document_choices(generation(), _store_folder(), is_english())


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
        st.rerun()               # the sidebar, drawn before the page, names the new document
    return chosen


@st.cache_data(show_spinner=False, max_entries=8)
def _relayed_pairs(gen: int, folder: str | None) -> set[tuple[str, str]]:
    return relayed_pairs(get_store(folder).graph())


def relayed() -> set[tuple[str, str]]:
    """(child, parent) links known only from a relayed claim: the lineage drawing dashes them."""
    return _relayed_pairs(generation(), _store_folder())


@st.cache_data(show_spinner=False, max_entries=128)
def lineage_json(backend_name: str, gen: int, root: str, direction: str, depth: int | None,
                 as_of: str | None) -> dict:
    return backend().lineage(root, direction=direction, depth=depth, as_of=as_of).to_json()


@st.cache_data(show_spinner=False, max_entries=512)
def _raw_gaps_json(backend_name: str, gen: int, root: str, as_of: str | None) -> dict:
    return backend().gaps(root, as_of=as_of).to_json()


def review_log():
    """The review decisions of this store (<store>/reviews.jsonl): the log `cascade review` writes."""
    from queries.review import ReviewLog
    return ReviewLog(store().folder)


def gaps_json(backend_name: str, gen: int, root: str, as_of: str | None) -> dict:
    """ROOT's gaps with the review decisions in force, as `cascade gaps` gives them. Decisions are
    read on every run (not cached): one taken a moment ago shows at once."""
    from queries.review import apply_reviews
    return apply_reviews(_raw_gaps_json(backend_name, gen, root, as_of), review_log())


def confirmed_links(backend_name: str, gen: int, docs: set[str], as_of: str | None) -> dict[tuple[str, str], str]:
    """(answer, directive) -> 'đã xác nhận (who, date)' for the confirmed review decisions on DOCS'
    gaps: the lineage drawing and table show those links as confirmed."""
    from explorer.review import confirmed_links as links, confirmed_words
    roots = {root for (root, _), entry in review_log().current().items() if entry["decision"] == "confirm"}
    found = {}
    for root in sorted(roots & docs):
        found.update({pair: confirmed_words(review)
                      for pair, review in links(gaps_json(backend_name, gen, root, as_of)).items()})
    return found


def styled(rows: list[dict], column: str, style):
    """A table whose COLUMN cells are styled by `style(value) -> css` (status colours)."""
    import pandas as pd
    frame = pd.DataFrame(rows)
    return frame.style.map(style, subset=[column]) if len(frame) else frame


def sync_to_neo4j() -> bool:
    """Copy the store to Neo4j (as `cascade ingest --backend neo4j` does); False when it cannot answer."""
    from cascade.backends import sync_store_to_neo4j
    try:
        sync_store_to_neo4j(store())
    except Exception:  # noqa: BLE001 - the page says so in the UI language
        return False
    lineage_json.clear()
    _raw_gaps_json.clear()
    return True
