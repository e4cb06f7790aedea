#!/usr/bin/env bash
# Create .venv-compiled: the package with its record builder (bulletin_extract.normalizer)
# compiled by mypyc, the same records about 1.4 times as fast; pinned versions, test extra.
# usage: bash scripts/setup_compiled.sh      (some 10 minutes of gcc on 2 cores)
#        .venv-compiled/bin/python -m pytest tests/test_corpus.py   (the golden records)
# The build runs on a copy of the sources: mypyc writes its modules beside the .py files,
# where they would shadow the sources of the editable .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
[ -x .venv-compiled/bin/python ] || "$PY" -m venv .venv-compiled
.venv-compiled/bin/python -m pip install --quiet --upgrade pip
.venv-compiled/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-parse.lock
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r pyproject.toml README.md src patterns "$copy"/
find "$copy" -name __pycache__ -prune -exec rm -rf {} +
HATCH_BUILD_HOOK_ENABLE_MYPYC=true .venv-compiled/bin/python -m pip install --quiet \
    -c requirements.lock "$copy[test]"
.venv-compiled/bin/python - <<'PY'
import importlib.machinery as m
import bulletin_extract.normalizer.builder as builder
import bulletin_extract.normalizer.tokens as tokens
assert builder.__file__.endswith(tuple(m.EXTENSION_SUFFIXES)), builder.__file__
assert tokens.__file__.endswith(".py"), tokens.__file__
print(f"compiled: {builder.__file__}")
PY
