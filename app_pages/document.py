"""Văn bản: metadata, the text with its evidence highlighted, parents, relayed claims, warnings."""
import streamlit as st

from explorer import app_state
from explorer.document_view import metadata_rows, parent_rows, relayed_rows, table_rows
from explorer.evidence import heading_html, highlight_html, legend_html, marks
from explorer.i18n import t

app_state.doc_picker("document_picker")
doc = app_state.current_doc()
if not doc:
    st.title(t("document"))
    st.info(t("no_doc"))
    st.stop()

meta = app_state.doc_meta(doc)
record = app_state.store().record(doc)
st.html(heading_html(meta.get("symbol") or meta.get("doc_type") or t("document"), meta.get("title")))
st.dataframe(metadata_rows(doc, meta, record), hide_index=True, width="stretch")

lineage_up = app_state.lineage_json(app_state.backend().name, app_state.generation(), doc, "up", 1, None)
st.subheader(t("parents"))
parents = parent_rows(lineage_up)
if parents:
    st.dataframe(parents, hide_index=True, width="stretch",
                 column_config={"Mở": st.column_config.LinkColumn("Mở", display_text="mở")})
else:
    st.caption(t("none"))

if record is None:
    st.warning(f"Văn bản này {t('not_ingested')}: chỉ biết qua trích dẫn của văn bản khác.")
    st.stop()

if record.relayed:
    st.subheader(t("relayed"))
    st.dataframe(relayed_rows(record), hide_index=True, width="stretch")
if record.warnings:
    st.subheader(t("warnings"))
    for warning in record.warnings:
        st.warning(warning)
tabs = st.tabs([t("text"), "Trích dẫn", "Giao nhiệm vụ", "Thời hạn"])
with tabs[0]:
    st.html(legend_html())
    st.html(highlight_html(record.text, marks(record)))
references, assignments, deadlines = table_rows(record)
tabs[1].dataframe(references, hide_index=True, width="stretch")
tabs[2].dataframe(assignments, hide_index=True, width="stretch")
tabs[3].dataframe(deadlines, hide_index=True, width="stretch")
