#!/usr/bin/env bash
# PostgreSQL for the tests: install (Debian package), start, stop, print the URL.
# Usage: postgres.sh start|stop|url
set -euo pipefail
echo "postgres.sh: not written yet" >&2
case "${1:-}" in url) echo "postgresql://veilleur:veilleur@127.0.0.1:54329/veilleur_test";; esac
