"""Tải lên: drag and drop files into the store, with progress, what was read, and a clear error per file."""
import math

import streamlit as st

from explorer import app_state
from explorer.i18n import t
from explorer.upload import UPLOAD_TYPES, markdown_text, read_summary, safe_name, save_and_ingest
from loaders.base import max_bytes_from_env, mb

st.title(t("upload"))
limit = max_bytes_from_env()
files = st.file_uploader(t("upload_help", mb=mb(limit)), type=UPLOAD_TYPES, accept_multiple_files=True,
                         max_upload_size=max(1, math.ceil(limit / 1_000_000)), key="upload_files")
if files and st.button(t("ingest"), type="primary"):
    bar = st.progress(0.0, text=t("reading"))
    report = save_and_ingest([(f.name, f.getvalue()) for f in files], app_state.store(),
                             progress=lambda share, name: bar.progress(share, text=name or t("done")))
    read = read_summary(app_state.local_backend(), report.doc_ids)
    st.session_state["upload_read"] = read
    st.session_state["rejected"] = report.errors   # shown until dismissed or the next upload
    if report.unchanged:
        st.session_state["upload_unchanged"] = report.unchanged
    if report.doc_ids:
        app_state.select_doc(report.doc_ids[-1])
    if st.session_state.get("backend") == "neo4j" and report.doc_ids:
        st.session_state["upload_synced"] = app_state.sync_to_neo4j()

read = st.session_state.get("upload_read")
if read:
    st.success(t("added", n=len(read)) + "\n\n" + "\n".join(
        f"- [{markdown_text(t('read_line', name=r['name'], issuer=r['issuer'] or '—', parents=r['parents']))}]"
        f"({r['url']})" for r in read))
unchanged = st.session_state.pop("upload_unchanged", 0)
if unchanged:
    st.info(t("unchanged", n=unchanged))
synced = st.session_state.get("upload_synced")
if synced is not None:
    (st.success if synced else st.error)(t("synced") if synced else t("sync_failed"))
rejected = st.session_state.get("rejected") or []
if rejected:
    st.subheader(t("rejected_title"))
    for name, reason in rejected:
        st.error(f"{name}: {reason}")
    if st.button(t("dismiss"), key="dismiss_rejected"):
        app_state.dismiss_failures([str(app_state.store().folder / "uploads" / safe_name(n)) for n, _ in rejected])
        st.session_state["rejected"] = []
        st.rerun()
st.caption(t("store_count", n=app_state.store().count()))
