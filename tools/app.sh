#!/usr/bin/env bash
# Sets up the Python packages and opens the app on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec "${PYTHON:-python3}" -m streamlit run app.py "$@"
