#!/usr/bin/env bash
# Create .venv with Python 3.11 and install the project with the pinned versions.
# usage: bash scripts/setup.sh [EXTRA]   (EXTRA is an optional-dependency group, e.g. test)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
target="."
[ $# -gt 0 ] && target=".[$1]"
.venv/bin/python -m pip install --quiet -c requirements.lock -e "$target"
