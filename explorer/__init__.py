"""The explorer app's logic: plain, typed functions the Streamlit pages call.

Nothing here draws widgets except `explorer.app_state` (the Streamlit glue); every other
module returns data (rows, HTML strings, bytes) and is tested without a browser."""
