"""Tình hình ban hành: the units the chosen document directs to act, and who has answered."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.coverage import (SCREEN_WIDTHS, checklist_csv, checklist_xlsx, counts_by, coverage_rows,
                               delay_histogram, status_chart, status_style)
from explorer.i18n import fmt_date, status_name, t

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
c[4].metric(t("missing_total"), summary["missing"])
if summary.get("unplaced"):
    st.caption(f"{status_name('unplaced')}: {summary['unplaced']}")
st.markdown(f"**{t('deadline')}:** {fmt_date(gaps['deadline']) or t('no_deadline')} · "
            f"**{t('as_of')}:** {fmt_date(gaps['as_of'])}")

rows = coverage_rows(gaps, app_state.describe)
if not rows:
    st.info(t("no_units"))
    st.stop()

st.subheader(t("unit_list"))
# Fixed widths keep "Văn bản trả lời" and "Căn cứ" on a 1366-px screen.
st.dataframe(app_state.styled(rows, t("col_status"), status_style), hide_index=True, width="stretch",
             key="gap_table", height=min(36 * (len(rows) + 1) + 3, 420),
             column_config={t(key): st.column_config.Column(width=px) for key, px in SCREEN_WIDTHS.items()})
d1, d2 = st.columns(2)
d1.download_button(t("checklist_csv"), checklist_csv(gaps, app_state.describe),
                   file_name=f"{t('checklist_file')}.csv", mime="text/csv")
d2.download_button(t("checklist_xlsx"), checklist_xlsx(gaps, app_state.describe),
                   file_name=f"{t('checklist_file')}.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

left, right = st.columns(2)
for column, field, title, category in ((left, "level", t("per_level"), t("col_level")),
                                       (right, "province", t("per_province"), t("col_province"))):
    table = counts_by(gaps, field)
    column.subheader(title)
    column.dataframe(table, hide_index=True, width="stretch")
    column.altair_chart(status_chart(table, category), width="stretch")

st.subheader(t("delay"))
histogram = delay_histogram(gaps)
if histogram:
    st.bar_chart(histogram, x=t("col_delay"), y=t("col_count"))
else:
    st.caption(t("no_answers_dated"))
