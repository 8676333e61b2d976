"""Tải lên: drag and drop files into the store, with progress and a clear error per file."""
import math

import streamlit as st

from explorer import app_state
from explorer.i18n import t
from explorer.upload import UPLOAD_TYPES, save_and_ingest
from loaders.base import max_bytes_from_env, mb

st.title(t("upload"))
limit = max_bytes_from_env()
files = st.file_uploader(t("upload_help", mb=mb(limit)), type=UPLOAD_TYPES, accept_multiple_files=True,
                         max_upload_size=max(1, math.ceil(limit / 1_000_000)), key="upload_files")
if files and st.button(t("ingest"), type="primary"):
    bar = st.progress(0.0, text="Đang đọc tệp…")
    report = save_and_ingest([(f.name, f.getvalue()) for f in files], app_state.store(),
                             progress=lambda share, name: bar.progress(share, text=name or "Xong"))
    if report.added:
        st.success(f"Đã thêm {report.added} văn bản vào kho.")
    if report.unchanged:
        st.info(f"{report.unchanged} tệp đã có trong kho, không thay đổi.")
    for name, reason in report.errors:
        st.error(f"{name}: {reason}")
    if report.doc_ids:
        st.session_state["doc"] = report.doc_ids[-1]
st.caption(f"Kho: {app_state.store().count()} văn bản.")
