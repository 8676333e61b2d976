"""Streamlit glue shared by the pages: the store and backend handles (cached), the sidebar
(language, backend), the selected document (session state + `?doc=` query parameter) and
the answers, cached per backend version (the store's generation, the last Neo4j sync), so that
every page reads the session's backend and none shows an answer from before."""
from __future__ import annotations

import os

import streamlit as st

from cascade.backends import NetworkxBackend, open_backend, open_store
from explorer import quality as explorer_quality
from explorer.i18n import doc_label, doc_name, frozen, is_english, t

BACKENDS = ("networkx", "neo4j")
FAILURES_SHOWN_FOR = 30 * 86400     # seconds a failed file stays listed on the quality page


def _store_folder() -> str | None:
    return os.environ.get("CASCADE_STORE") or None


@st.cache_resource(show_spinner=False)
def get_store(folder: str | None):
    return open_store(folder, quiet=True)


_LOADED: set = set()     # store folders already opened in this process (no per-user state here)


@st.cache_resource(show_spinner=False)
def _backend(name: str, folder: str | None, server: tuple = ()):
    """An open backend (failures are not cached: the next run tries again). SERVER, the Neo4j
    settings, is part of the key: another server is another backend."""
    if name == "networkx":
        return NetworkxBackend(get_store(folder))
    return open_backend(name, folder)


def store():
    folder = _store_folder()
    if folder in _LOADED:
        return get_store(folder)
    with st.spinner(t("loading_store")):       # the first use may read the whole corpus
        handle = get_store(folder)
    _LOADED.add(folder)
    return handle


def generation() -> str:
    """What the session's backend holds now (the store's generation, the last Neo4j sync): the
    key of every cached answer, so none outlives a change. Read once per run by connect()."""
    version = st.session_state.get("_backend_version")
    return version if version is not None else connect()


def tables():
    """The local store's graph.sqlite (the upload page's summary reads it)."""
    return store().graph_tables()


def backend():
    """The backend chosen in this session's sidebar (connect() has checked it answers)."""
    name = st.session_state.get("backend", "networkx")
    return _backend(name, _store_folder(), _server(name))


def _server(name: str) -> tuple:
    if name == "networkx":
        return ()
    from graph.neo4j_conn import settings_from_env
    settings = settings_from_env()
    return settings.uri, settings.user, settings.database


def connect() -> str:
    """Check, once per run before the page draws anything, that the session's backend answers,
    and note what it holds. When it cannot answer, the page says so in the UI language and stops:
    it never shows results from another backend or from before in its place."""
    name = st.session_state.get("backend", "networkx")
    store()                  # the local store (uploads, reviews), filled on first use
    try:
        version = f"{name}:{backend().version()}"
    except Exception:  # noqa: BLE001 - a sentence for the user, not a trace
        if name == "networkx":
            raise
        from graph.neo4j_conn import settings_from_env
        st.session_state["_backend_version"] = None
        st.error(t("backend_down", uri=settings_from_env().uri))
        st.sidebar.error(t("backend_down_short"))
        st.stop()
    st.session_state["_backend_version"] = version
    return version


# The filters a user sets: kept while other pages are shown (Streamlit forgets the state of a
# widget a run does not draw) and across a language switch.
KEPT_WIDGETS = ("find_q", "find_type", "find_level", "find_locality", "find_from", "find_to",
                "lineage_direction", "lineage_depth", "lineage_as_of", "coverage_as_of", "export_format",
                "export_as_of", "export_scope_1", "export_scope_2",
                *(f"{page}_picker_q" for page in ("lineage", "coverage", "document", "export")))


def init_state() -> None:
    for key in KEPT_WIDGETS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]      # no longer cleaned up with its widget
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


def sidebar_current_doc() -> None:
    """The selected document, named in the sidebar (after connect(): it reads the backend)."""
    doc = current_doc()
    if doc:
        st.sidebar.caption(f"{t('current_doc')}: {describe(doc)}")


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
    return doc if doc and doc_meta(doc) else None


def describe(doc_id: str, data: dict | None = None) -> str:
    """The document's readable name: its number, or type, issuer and date when unnumbered."""
    return doc_name(doc_meta(doc_id) if data is None else data)


def doc_meta(doc_id: str) -> dict:
    """The document's attributes, from the session's backend ({} when it has no such document)."""
    return _doc_meta(st.session_state.get("backend", "networkx"), generation(), doc_id)


@st.cache_data(show_spinner=False, max_entries=4096)
def _doc_meta(backend_name: str, version: str, doc_id: str) -> dict:
    return backend().document(doc_id) or {}


PICKER_ROWS = 100       # documents a picker offers: the search narrows them, never the whole store


@st.cache_data(show_spinner=False, max_entries=256)
def picker_choices(backend_name: str, version: str, query: str, english: bool) -> dict[str, str]:
    """doc_id -> label of the documents the search index finds for QUERY (the newest first when
    it is empty). `english` is part of the cache key: the labels are in the session's language."""
    return {hit["doc_id"]: doc_label(hit) + ("" if hit.get("ingested") else f" ({t('not_ingested')})")
            for hit in backend().search(query, limit=PICKER_ROWS)}


def doc_picker(key: str = "picker") -> str | None:
    """A search box and a selectbox of the documents it finds, bound to the selected document."""
    current = current_doc()
    left, right = st.columns([1, 2])
    query = left.text_input(t("picker_search"), key=f"{key}_q", placeholder=t("find_placeholder"))
    options = picker_choices(st.session_state.get("backend", "networkx"), generation(), query.strip(),
                             is_english())
    if current and current not in options:
        options = {current: doc_label(doc_meta(current)), **options}
    ids = list(options)
    index = ids.index(current) if current in ids else None
    chosen = right.selectbox(t("choose"), ids, index=index, format_func=lambda d: options.get(d, d), key=key,
                             placeholder=t("choose"))
    if chosen and chosen != current:
        select_doc(chosen)
        st.rerun()               # the sidebar, drawn before the page, names the new document
    return chosen


def quality_lists() -> dict:
    """The data-quality page's lists from the session's backend, in the session's language."""
    return _quality_lists(st.session_state.get("backend", "networkx"), generation(), is_english())


@st.cache_data(show_spinner=False, max_entries=8)
def _quality_lists(backend_name: str, version: str, english: bool) -> dict:
    return explorer_quality.quality_lists(backend())


def doc_record(doc_id: str):
    """The document's record (text, citations with their spans, ...) from the session's backend."""
    return _doc_record(st.session_state.get("backend", "networkx"), generation(), doc_id)


@st.cache_data(show_spinner=False, max_entries=32)
def _doc_record(backend_name: str, version: str, doc_id: str):
    return backend().record(doc_id)


def dismiss_failures(sources: list[str]) -> None:
    """Forget these failed files in the local store and in the session's backend."""
    store().dismiss_failures(sources)
    if st.session_state.get("backend", "networkx") != "networkx":
        backend().dismiss_failures(sources)


def local_backend():
    """The embedded store's backend, whatever the session chose: uploads land in this store."""
    return _backend("networkx", _store_folder())


def relayed(doc_ids) -> set[tuple[str, str]]:
    """(child, parent) links among DOC_IDS known only from a relayed claim: the drawing dashes them."""
    return _relayed(st.session_state.get("backend", "networkx"), generation(), tuple(sorted(doc_ids)))


@st.cache_data(show_spinner=False, max_entries=64)
def _relayed(backend_name: str, version: str, doc_ids: tuple[str, ...]) -> set[tuple[str, str]]:
    return backend().relayed_links(list(doc_ids))


@st.cache_data(show_spinner=False, max_entries=128)
def lineage_json(backend_name: str, gen: str, root: str, direction: str, depth: int | None,
                 as_of: str | None) -> dict:
    return backend().lineage(root, direction=direction, depth=depth, as_of=as_of).to_json()


@st.cache_data(show_spinner=False, max_entries=512)
def _raw_gaps_json(backend_name: str, gen: str, root: str, as_of: str | None) -> dict:
    return backend().gaps(root, as_of=as_of).to_json()


def review_log():
    """The review decisions of this store (<store>/reviews.jsonl): the log `cascade review` writes."""
    from queries.review import ReviewLog
    return ReviewLog(store().folder)


def review_decisions() -> dict[tuple[str, str], dict]:
    """The decisions in force, read again only when the log file changed (its size and time):
    one taken a moment ago shows at once, and a page of many gaps reads the log once."""
    path = review_log().path
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except FileNotFoundError:
        stamp = None
    return _decisions(str(path.parent), stamp)


@st.cache_data(show_spinner=False, max_entries=8)
def _decisions(folder: str, stamp: tuple | None) -> dict[tuple[str, str], dict]:
    from queries.review import ReviewLog
    return ReviewLog(folder).current()


def gaps_json(backend_name: str, gen: str, root: str, as_of: str | None) -> dict:
    """ROOT's gaps with the review decisions in force, as `cascade gaps` gives them."""
    from queries.review import apply_decisions
    return apply_decisions(_raw_gaps_json(backend_name, gen, root, as_of), review_decisions())


def confirmed_links(backend_name: str, gen: str, docs: set[str], as_of: str | None) -> dict[tuple[str, str], str]:
    """(answer, directive) -> 'đã xác nhận (who, date)' for the confirmed review decisions on DOCS'
    gaps: the lineage drawing and table show those links as confirmed."""
    from explorer.review import confirmed_links as links, confirmed_words
    roots = {root for (root, _), entry in review_decisions().items() if entry["decision"] == "confirm"}
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
    return True            # the sync's new version keys every cached answer afresh
