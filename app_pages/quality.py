"""Chất lượng dữ liệu: failed files, incomplete records, uncertain issuers, cited-but-missing."""
import streamlit as st

from explorer import app_state
from explorer.quality import failed_rows
from explorer.i18n import t

st.title(t("quality"))
engine = app_state.backend()
failures = engine.failures(app_state.FAILURES_SHOWN_FOR)     # older ones have expired
failed = failed_rows(failures)
lists = app_state.quality_lists()
missing, ambiguous, cited, total = lists["missing"], lists["ambiguous"], lists["cited_missing"], lists["counts"]
c = st.columns(4)
for column, label, n in ((c[0], t("failed"), len(failed)), (c[1], t("q_missing"), total["missing"]),
                         (c[2], t("q_ambiguous"), total["ambiguous"]), (c[3], t("q_cited"), total["cited_missing"])):
    column.metric(label, n)

for title, rows in ((t("failed"), failed), (t("missing_fields"), missing), (t("ambiguous"), ambiguous),
                    (t("cited_missing"), cited)):
    st.subheader(title)
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch")
        if rows is failed and st.button(t("dismiss"), key="dismiss_failures"):
            app_state.dismiss_failures([source for source, _ in failures])
            st.rerun()
    else:
        st.caption(t("none"))
