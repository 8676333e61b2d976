"""Chất lượng dữ liệu: failed files, incomplete records, uncertain issuers, cited-but-missing."""
import streamlit as st

from explorer import app_state
from explorer.quality import ambiguous_rows, cited_missing_rows, counts, failed_rows, missing_rows
from explorer.i18n import t

st.title(t("quality"))
store = app_state.store()
tables = store.graph_tables()
failed = failed_rows(store.failures())
missing = missing_rows(tables)
ambiguous = ambiguous_rows(tables)
cited = cited_missing_rows(tables)
total = counts(tables)
c = st.columns(4)
for column, label, n in ((c[0], t("failed"), len(failed)), (c[1], "Thiếu thông tin", total["missing"]),
                         (c[2], "Cơ quan chưa chắc", total["ambiguous"]), (c[3], "Trích dẫn chưa có", total["cited_missing"])):
    column.metric(label, n)

for title, rows, config in ((t("failed"), failed, None), (t("missing_fields"), missing, None),
                            (t("ambiguous"), ambiguous, None), (t("cited_missing"), cited, None)):
    st.subheader(title)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    else:
        st.caption(t("none"))
