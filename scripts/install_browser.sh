#!/usr/bin/env bash
# Install headless Chromium (Debian's `chromium` package) for the review page's browser test
# (tests/test_review.py drives it through Playwright with executable_path=/usr/bin/chromium).
# Never run `playwright install`: it downloads its own browser builds, which cannot be fetched here.
# usage: bash scripts/install_browser.sh    (root, or sudo without a password)
# Where no Chromium can be installed, this says why and exits 0: the browser test then skips.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    echo "chromium already installed: $(chromium --version 2>/dev/null || echo unknown version)" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser: no apt-get on this machine; the browser test will be skipped" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "install_browser: not root and no sudo; the browser test will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
echo "installed $(chromium --version 2>/dev/null)" >&2
