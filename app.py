"""Cascade explorer: `streamlit run app.py` opens on the bundled corpus with no setup.

The pages in app_pages/ (not pages/: Streamlit treats a pages/ folder as a legacy multipage app
and runs its files without app.py when a page URL is opened first) only read widgets and render; the logic lives in explorer/.
The language, the chosen document and the backend live in st.session_state (one per browser session)."""
import streamlit as st

from explorer import app_state
from explorer.i18n import t

st.set_page_config(page_title="Cascade", layout="wide")
app_state.init_state()

PAGES = [
    st.Page("app_pages/find.py", title=t("find"), icon=":material/search:", url_path="find", default=True),
    st.Page("app_pages/lineage.py", title=t("lineage"), icon=":material/account_tree:", url_path="lineage"),
    st.Page("app_pages/coverage.py", title=t("coverage"), icon=":material/fact_check:", url_path="coverage"),
    st.Page("app_pages/document.py", title=t("document"), icon=":material/description:", url_path="document"),
    st.Page("app_pages/quality.py", title=t("quality"), icon=":material/rule:", url_path="quality"),
    st.Page("app_pages/upload.py", title=t("upload"), icon=":material/upload_file:", url_path="upload"),
    st.Page("app_pages/export.py", title=t("export"), icon=":material/download:", url_path="export"),
]
navigation = st.navigation(PAGES)
app_state.sidebar()
app_state.connect()          # an unreachable backend stops every page here, before it shows anything
app_state.sidebar_current_doc()
navigation.run()
