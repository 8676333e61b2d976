"""Phả hệ văn bản: the chosen document's cascade, down or up, folded where it fans out."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.graph_html import render_view_html
from explorer.i18n import frozen, t
from explorer.lineage_view import build_view, expand_options, view_csv

st.title(t("lineage"))
app_state.doc_picker("lineage_picker")
root = app_state.current_doc()
if not root:
    st.info(t("no_doc"))
    st.stop()

c1, c2, c3 = st.columns([2, 2, 1])
direction = c1.radio(t("direction"), ["down", "up"], format_func=frozen(t), horizontal=True, key="lineage_direction")
depth = c2.slider(t("depth"), 1, 10, 10, key="lineage_depth")
as_of = c3.date_input(t("as_of"), value=None, format="DD/MM/YYYY", key="lineage_as_of")
as_of_iso = as_of.isoformat() if isinstance(as_of, dt.date) else None

backend_name = app_state.backend().name
gen = app_state.generation()
lineage = app_state.lineage_json(backend_name, gen, root, direction, depth, as_of_iso)


def expected_for(doc_id: str) -> list[dict]:
    return app_state.gaps_json(backend_name, gen, doc_id, as_of_iso)["expected"] if direction == "down" else []


members = [root, *[d["doc_id"] for d in lineage["documents"]]]
expanded = [k for k in st.session_state.get("expanded", []) if k.startswith(tuple(members))]
confirmed = app_state.confirmed_links(backend_name, gen, set(members), as_of_iso)
view = build_view(lineage, root_meta=app_state.doc_meta(root), expanded=expanded, expected_for=expected_for,
                  relayed=app_state.relayed(members), confirmed=confirmed)
st.markdown(f"**{t('shown', shown=view.shown, total=view.total)}**"
            + (f" · {t('folded_groups', n=len(view.aggregates))}" if view.aggregates else ""))
options = expand_options(view, expanded)
if options:
    st.session_state["expanded"] = expanded
    st.multiselect(t("expand"), list(options), format_func=lambda k: options.get(k, k), key="expanded")

st.iframe(render_view_html(view, height=660), height=680)
st.caption(t("lineage_legend"))

shown = {n.id: app_state.describe(n.id) for n in view.documents()}
c4, c5 = st.columns([3, 1])
chosen = c4.selectbox(t("open_doc"), list(shown), format_func=lambda d: shown[d], key="lineage_open")
if c5.button(t("open_doc"), width="stretch"):
    app_state.select_doc(chosen)
    st.switch_page("app_pages/document.py")
st.download_button(t("download_list"), view_csv(lineage, confirmed), file_name=f"{t('lineage_file')}.csv", mime="text/csv")
