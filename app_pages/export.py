"""Xuất dữ liệu: snapshots of the graph or of the chosen cascade, and a comparison of two."""
import datetime as dt

import streamlit as st

from explorer import app_state
from explorer.i18n import fmt_date, t
from explorer.snapshots import FORMATS_VI, MIME, SUFFIX, diff_snapshots, export_bytes, metadata_rows

st.title(t("export"))
doc = app_state.current_doc()
scopes = ["whole", "view"] if doc else ["whole"]
c1, c2, c3 = st.columns(3)
scope = c1.radio(t("scope"), scopes, format_func=t, key="export_scope")
fmt = c2.selectbox(t("format"), list(FORMATS_VI), format_func=FORMATS_VI.get, key="export_format")
as_of = c3.date_input(t("as_of"), value=None, format="DD/MM/YYYY", key="export_as_of")
if scope == "view":
    st.caption(f"{t('current_doc')}: {app_state.describe(doc)}")
if st.button("Tạo bản chụp", type="primary"):
    data, meta = export_bytes(app_state.graph(), fmt, root=doc if scope == "view" else None,
                              as_of=as_of.isoformat() if isinstance(as_of, dt.date) else None)
    st.session_state["export_file"] = (data, meta, fmt)
if "export_file" in st.session_state:
    data, meta, made = st.session_state["export_file"]
    st.dataframe(metadata_rows(meta), hide_index=True)
    stamp = meta["created"][:10]
    st.download_button(f"Tải tệp .{SUFFIX[made]}", data, file_name=f"cascade-{stamp}.{SUFFIX[made]}",
                       mime=MIME[made])

st.divider()
st.subheader(t("compare"))
u1, u2 = st.columns(2)
old = u1.file_uploader("Bản chụp cũ (JSON)", type=["json"], key="snap_old")
new = u2.file_uploader("Bản chụp mới (JSON)", type=["json"], key="snap_new")
if old and new:
    try:
        diff = diff_snapshots(old.getvalue(), new.getvalue())
    except Exception as error:  # noqa: BLE001 - a wrong file is a message, not a crash
        st.error(f"Không đọc được bản chụp: {error}")
        st.stop()
    st.write(f"Cũ: {fmt_date(diff['old'].get('created'))} · {diff['old'].get('documents')} văn bản — "
             f"Mới: {fmt_date(diff['new'].get('created'))} · {diff['new'].get('documents')} văn bản")
    for title, rows in (("Văn bản mới đến", diff["arrived"]), ("Khoảng trống mới mở", diff["opened"]),
                        ("Khoảng trống đã đóng", diff["closed"])):
        st.markdown(f"**{title}: {len(rows)}**")
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")
