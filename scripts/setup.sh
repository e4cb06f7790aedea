#!/usr/bin/env bash
# Create .venv with Python 3.11 and install the project with the pinned versions.
# usage: bash scripts/setup.sh [EXTRAS]   (optional-dependency groups, e.g. test or parse,tables)
# The `parse` extra's spaCy model (also in `test`) is installed first from requirements-parse.lock,
# checked against its sha256; the rest with requirements.lock as constraints.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
target="."
[ $# -gt 0 ] && target=".[$1]"
case ",${1:-}," in
  *,test,*|*,parse,*)
    .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-parse.lock ;;
esac
.venv/bin/python -m pip install --quiet -c requirements.lock -e "$target"
