"""Chất lượng dữ liệu: failed files, incomplete records, uncertain issuers, cited-but-missing."""
import streamlit as st

from explorer import app_state
from explorer.quality import ambiguous_rows, cited_missing_rows, failed_rows, missing_rows
from explorer.i18n import t

st.title(t("quality"))
store = app_state.store()
records = list(store.records())
failed = failed_rows(store.failures())
missing = missing_rows(records)
ambiguous = ambiguous_rows(records)
cited = cited_missing_rows(app_state.graph())
c = st.columns(4)
for column, label, rows in ((c[0], t("failed"), failed), (c[1], "Thiếu thông tin", missing),
                            (c[2], "Cơ quan chưa chắc", ambiguous), (c[3], "Trích dẫn chưa có", cited)):
    column.metric(label, len(rows))

for title, rows, config in ((t("failed"), failed, None), (t("missing_fields"), missing, None),
                            (t("ambiguous"), ambiguous, None), (t("cited_missing"), cited, None)):
    st.subheader(title)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
    else:
        st.caption(t("none"))
