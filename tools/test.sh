#!/usr/bin/env bash
# Sets up everything (Python packages, Chromium, Java + Maven, the Neo4j runner) and runs the
# whole test suite. The Neo4j server is started by the tests themselves (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --all
exec "${PYTHON:-python3}" -m pytest "$@"
