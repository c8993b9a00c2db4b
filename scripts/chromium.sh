#!/usr/bin/env bash
# Headless Chromium for the browser tests: Debian's chromium + chromium-driver.
# Playwright drives /usr/bin/chromium directly; it never downloads browsers.
# Usage: chromium.sh install|path   (install is idempotent: does nothing when present)
set -euo pipefail

CHROMIUM=/usr/bin/chromium

install() {
  if [ -x "$CHROMIUM" ] && command -v chromedriver >/dev/null 2>&1; then
    echo "chromium.sh: $("$CHROMIUM" --version 2>/dev/null || echo chromium) already installed"
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "chromium.sh: need root or sudo to apt-get install" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
  "$CHROMIUM" --version
}

case "${1:-install}" in
  install) install ;;
  path) echo "$CHROMIUM" ;;
  *) echo "usage: $0 install|path" >&2; exit 2 ;;
esac
