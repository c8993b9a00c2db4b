#!/usr/bin/env bash
# Installs and starts the servers the tests need: PostgreSQL (and Chromium for browser tests).
# Usage: services.sh start|stop|pg-url
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="${1:-start}"
case "$cmd" in
  pg-url) echo "${VEILLEUR_TEST_PG:-postgresql://veilleur:veilleur@127.0.0.1:54329/veilleur_test}" ;;
  start) echo "services: nothing to start yet" ;;
  stop) true ;;
esac
