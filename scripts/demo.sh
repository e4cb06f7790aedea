#!/usr/bin/env bash
# Set up .venv (pinned versions) and extract the records of a sample bulletin from corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/extract corpus/ecommerce_engine_2024.txt --ref-date 2024-09-01
