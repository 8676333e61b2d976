"""Tình hình ban hành: the units the chosen document directs to act, and who has answered."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.coverage import (SCREEN_WIDTHS, checklist_csv, checklist_xlsx, counts_by, coverage_rows,
                               delay_histogram, status_chart, status_style)
from explorer.i18n import fmt_date, frozen, status_name, t
from explorer.review import choice_options, review_candidates, review_rows, row_label

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

st.subheader(t("review_title"))
st.caption(t("review_help"))
candidates = {row["body_id"]: row for row in review_candidates(gaps)}
if not candidates:
    st.caption(t("review_none"))
else:
    st.dataframe(review_rows(gaps), hide_index=True, width="stretch", key="review_table")
    # The name is kept in a plain session key: a widget's own state is dropped on a page switch.
    who = st.text_input(t("review_who"), value=st.session_state.get("reviewer", ""), key="review_who")
    st.session_state["reviewer"] = who
    chosen = st.selectbox(t("review_row"), list(candidates), key="review_row",
                          format_func=frozen(lambda body_id: row_label(candidates[body_id])))
    note = st.text_input(t("review_note"), key="review_note")
    row = candidates[chosen]
    options = choice_options(row)        # a citation without a number several documents fit: pick one
    choice = st.selectbox(t("review_choice"), list(options), key="review_choice",
                          format_func=options.get) if options else ""
    b1, b2, b3 = st.columns(3)
    action = ("confirm" if b1.button(t("review_do_confirm"), key="review_confirm", width="stretch") else
              "reject" if b2.button(t("review_do_reject"), key="review_reject", width="stretch") else
              "undo" if b3.button(t("review_do_undo"), key="review_undo", width="stretch",
                                  disabled=not row.get("review")) else None)
    if action and not who.strip():
        st.error(t("review_need_who"))
    elif action:
        unit = row.get("unit") or row.get("body")
        if action == "undo":
            app_state.review_log().undo(row["review"]["id"], who)
            st.session_state["review_said"] = t("review_undone", unit=unit)
        else:
            app_state.review_log().decide(root, chosen, action, who, note, choice if action == "confirm" else "")
            st.session_state["review_said"] = t("review_saved", decision=t(f"review_{action}"), unit=unit)
        st.rerun()           # the table, counts and reasons above show the decision at once
    said = st.session_state.pop("review_said", None)
    if said:
        st.success(said)

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
