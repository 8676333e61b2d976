"""Tìm kiếm: one box over symbols, titles and bodies, with filters."""
import streamlit as st

from explorer import app_state
from explorer.find import filter_options, result_rows
from explorer.i18n import frozen, level_name, t, type_name

st.title(t("find"))
options = filter_options(app_state.backend())
query = st.text_input(t("search_box"), key="find_q", placeholder=t("find_placeholder"))
c1, c2, c3, c4, c5 = st.columns(5)
doc_type = c1.selectbox(t("doc_type"), [None, *options["doc_types"]], format_func=frozen(lambda v: type_name(v) or t("all")),
                        key="find_type")
level = c2.selectbox(t("level"), [None, *options["levels"]], format_func=frozen(lambda v: level_name(v) if v else t("all")),
                     key="find_level")
locality = c3.text_input(t("locality"), key="find_locality")
date_from = c4.date_input(t("date_from"), value=None, format="DD/MM/YYYY", key="find_from")
date_to = c5.date_input(t("date_to"), value=None, format="DD/MM/YYYY", key="find_to")

hits = app_state.backend().search(query, doc_type=doc_type, level=level, locality=locality or None,
                                  date_from=date_from.isoformat() if date_from else None,
                                  date_to=date_to.isoformat() if date_to else None)
st.caption(t("results", n=len(hits)))
rows, labels = result_rows(hits)
st.dataframe(rows, hide_index=True, width="stretch", column_config={
    t("col_open"): st.column_config.LinkColumn(t("col_open"), display_text=t("doc_link")),
    t("col_lineage"): st.column_config.LinkColumn(t("col_lineage"), display_text=t("lineage_link")),
    t("col_coverage"): st.column_config.LinkColumn(t("col_coverage"), display_text=t("coverage_link")),
})
if hits:
    ids = list(labels)
    current = app_state.current_doc()
    chosen = st.selectbox(t("choose"), ids, index=ids.index(current) if current in ids else 0,
                          format_func=lambda d: labels.get(d, d), key="find_choice")
    b1, b2, b3 = st.columns(3)
    for column, label, page in ((b1, t("lineage"), "app_pages/lineage.py"), (b2, t("coverage"), "app_pages/coverage.py"),
                                (b3, t("document"), "app_pages/document.py")):
        if column.button(label, key=f"go_{page}", width="stretch"):
            app_state.select_doc(chosen)
            st.switch_page(page)
