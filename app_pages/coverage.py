"""Tình hình ban hành: the units the chosen document directs to act, and who has answered."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.coverage import (checklist_csv, checklist_xlsx, counts_by, coverage_rows, delay_histogram,
                               status_counts)
from explorer.i18n import fmt_date, reason_text, status_name, t, ui_lang

st.title(t("coverage"))
app_state.doc_picker("coverage_picker")
root = app_state.current_doc()
if not root:
    st.info(t("no_doc"))
    st.stop()

as_of = st.date_input(t("as_of"), value=dt.date.today(), format="DD/MM/YYYY", key="coverage_as_of")
gaps = app_state.gaps_json(app_state.backend().name, app_state.generation(), root, as_of.isoformat())
summary = gaps["summary"]
c = st.columns(5)
c[0].metric(t("expected"), summary["expected"])
c[1].metric(status_name("covered"), summary["covered"])
c[2].metric(status_name("late"), summary["late"])
c[3].metric(status_name("overdue"), summary["overdue"])
c[4].metric("chưa ban hành (tổng)", summary["missing"])
if summary.get("unplaced"):
    st.caption(f"{status_name('unplaced')}: {summary['unplaced']}")
st.markdown(f"**{t('deadline')}:** {fmt_date(gaps['deadline']) or reason_text('no_deadline', ui_lang())} · "
            f"**{t('as_of')}:** {fmt_date(gaps['as_of'])}")

rows = coverage_rows(gaps)
if not rows:
    st.info("Văn bản này không giao đơn vị nào xây dựng văn bản thực hiện.")
    st.stop()

st.subheader("Danh sách đơn vị")
st.dataframe(rows, hide_index=True, width="stretch", key="gap_table", height=min(36 * (len(rows) + 1) + 3, 640),
             column_config={"Độ trễ (ngày)": st.column_config.NumberColumn(format="%d")})
d1, d2 = st.columns(2)
d1.download_button("Tải bảng kiểm (CSV)", checklist_csv(gaps), file_name="bang-kiem.csv", mime="text/csv")
d2.download_button("Tải bảng kiểm (XLSX)", checklist_xlsx(gaps), file_name="bang-kiem.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

left, right = st.columns(2)
with left:
    st.subheader(t("per_level"))
    st.dataframe(counts_by(gaps, "level"), hide_index=True, width="stretch")
    st.bar_chart({k: [v] for k, v in status_counts(gaps).items()}, stack=True, horizontal=True, height=160)
with right:
    st.subheader(t("per_province"))
    per_province = counts_by(gaps, "province")
    st.dataframe(per_province, hide_index=True, width="stretch")
    if len(per_province) > 1:
        st.bar_chart(per_province, x="Tỉnh/thành", y=[status_name(s) for s in ("covered", "late", "overdue",
                                                                              "missing", "not_due")], stack=True)

st.subheader(t("delay"))
histogram = delay_histogram(gaps)
if histogram:
    st.bar_chart(histogram, x="Độ trễ (ngày)", y="Số văn bản")
else:
    st.caption("Chưa có văn bản trả lời có ngày ban hành.")
