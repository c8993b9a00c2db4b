#!/usr/bin/env bash
# Headless Chromium for the browser tests: install Debian's chromium + chromium-driver.
set -euo pipefail
echo "chromium.sh: not written yet" >&2
