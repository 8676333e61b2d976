"""Xuất dữ liệu: snapshots of the graph or of the chosen cascade (from the session's backend),
and a comparison of two."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.i18n import fmt_date, frozen, t
from explorer.snapshots import FORMATS, MIME, SUFFIX, diff_snapshots, export_backend_bytes, metadata_rows

st.title(t("export"))
app_state.doc_picker("export_picker")
doc = app_state.current_doc()
scopes = ["whole", "view"] if doc else ["whole"]
c1, c2, c3 = st.columns(3)
scope = c1.radio(t("scope"), scopes, index=len(scopes) - 1, format_func=frozen(t), key=f"export_scope_{len(scopes)}")
fmt = c2.selectbox(t("format"), FORMATS, format_func=frozen(lambda f: t(f"fmt_{f}")), key="export_format")
as_of = c3.date_input(t("as_of"), value=None, format="DD/MM/YYYY", key="export_as_of")
as_of_iso = as_of.isoformat() if isinstance(as_of, dt.date) else None
root = doc if scope == "view" else None
if root:
    st.caption(f"{t('current_doc')}: {app_state.describe(root)}")
request = (app_state.backend().name, root, fmt, as_of_iso)
if st.button(t("make_snapshot"), type="primary"):
    data, meta = export_backend_bytes(app_state.backend(), fmt, root=root, as_of=as_of_iso,
                                      reviews=app_state.review_log().current().values())
    st.session_state["export_file"] = (data, meta, request)
made = st.session_state.get("export_file")
if made and made[2] == request:      # a file made for other choices is not offered for these
    data, meta, _ = made
    st.dataframe(metadata_rows(meta, app_state.describe(root) if root else ""), hide_index=True)
    stamp = meta["created"][:10]
    st.download_button(t("download_file", suffix=SUFFIX[fmt]), data, file_name=f"cascade-{stamp}.{SUFFIX[fmt]}",
                       mime=MIME[fmt], key="export_download")

st.divider()
st.subheader(t("compare"))
u1, u2 = st.columns(2)
old = u1.file_uploader(t("snap_old"), type=["json"], key="snap_old")
new = u2.file_uploader(t("snap_new"), type=["json"], key="snap_new")
if old and new:
    try:
        diff = diff_snapshots(old.getvalue(), new.getvalue())
    except Exception:  # noqa: BLE001 - a wrong file is a message, not a crash
        st.error(t("snap_bad"))
        st.stop()
    st.write(t("snap_sides", old_date=fmt_date(diff["old"].get("created")), old_n=diff["old"].get("documents"),
               new_date=fmt_date(diff["new"].get("created")), new_n=diff["new"].get("documents")))
    for title, rows in ((t("arrived"), diff["arrived"]), (t("opened"), diff["opened"]), (t("closed"), diff["closed"]),
                        (t("decided"), diff["decided"])):
        st.markdown(f"**{title}: {len(rows)}**")
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")
