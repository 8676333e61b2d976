"""Văn bản: metadata, the text with its evidence highlighted, parents, relayed claims, warnings."""
import streamlit as st

from explorer import app_state
from explorer.document_view import metadata_rows, parent_rows, relayed_rows, table_rows
from explorer.evidence import heading_html, highlight_html, legend_html, marks
from explorer.i18n import doc_name, t

app_state.doc_picker("document_picker")
doc = app_state.current_doc()
if not doc:
    st.title(t("document"))
    st.info(t("no_doc"))
    st.stop()

meta = app_state.doc_meta(doc)
record = app_state.doc_record(doc)
st.html(heading_html(doc_name(meta), meta.get("title")))
st.dataframe(metadata_rows(meta, record), hide_index=True, width="stretch")

lineage_up = app_state.lineage_json(app_state.backend().name, app_state.generation(), doc, "up", 1, None)
st.subheader(t("parents"))
parents = parent_rows(lineage_up)
if parents:
    st.dataframe(parents, hide_index=True, width="stretch",
                 column_config={t("col_open"): st.column_config.LinkColumn(t("col_open"), display_text=t("open_link"))})
else:
    st.caption(t("none"))

if record is None:
    st.warning(t("cited_only"))
    st.stop()

if record.relayed:
    st.subheader(t("relayed"))
    st.dataframe(relayed_rows(record), hide_index=True, width="stretch")
if record.warnings:
    st.subheader(t("warnings"))
    for warning in record.warnings:
        st.warning(warning)
tabs = st.tabs([t("text"), t("tab_refs"), t("tab_assign"), t("tab_deadlines")])
with tabs[0]:
    st.html(legend_html())
    st.html(highlight_html(record.text, marks(record)))
for tab, rows in zip(tabs[1:], table_rows(record)):
    if rows:
        tab.dataframe(rows, hide_index=True, width="stretch")
    else:
        tab.caption(t("none"))
