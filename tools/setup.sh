#!/usr/bin/env bash
# Installs everything Cascade needs on a fresh Debian machine, and nothing twice:
#   bash tools/setup.sh          # Python packages + the `cascade` command + OCR/.doc tools (enough for the app)
#   bash tools/setup.sh --all    # also Chromium (browser tests) and Java 17 + Maven (Neo4j server)
# Root is needed only for the Debian packages; without root they are reported, not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

want_all=0
[ "${1:-}" = "--all" ] && want_all=1
PYTHON=${PYTHON:-python3}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "setup: please install these Debian packages: ${missing[*]}" >&2
    return 1
  fi
  echo "setup: apt-get install ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

echo "setup: Python packages"
"$PYTHON" -m pip install -q --disable-pip-version-check -r requirements.txt
"$PYTHON" -m pip install -q --disable-pip-version-check --no-deps -e .

# Scans and old Word files (loaders/ocr.py, loaders/doc.py): Tesseract with its Vietnamese model,
# pdftoppm to rasterise PDF pages, catdoc for .doc (loaders/doc.py says why). Required with --all
# (the OCR tests run in CI); without root the app still starts and refuses scans with a clear message.
echo "setup: OCR and .doc tools"
apt_install tesseract-ocr tesseract-ocr-vie poppler-utils catdoc || [ "$want_all" = 0 ]

if [ "$want_all" = 1 ]; then
  apt_install chromium fonts-dejavu-core
  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
  echo "setup: Neo4j runner (built once, cached in tools/neo4j-runner/target)"
  bash tools/neo4j.sh build
fi
echo "setup: done"
