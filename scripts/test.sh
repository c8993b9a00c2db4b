#!/usr/bin/env bash
# Installs everything (Python packages, PostgreSQL, Chromium) and runs the whole test suite,
# evaluation gates included. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test,ray
# Servers and browsers the tests need, installed and started by the project itself.
bash scripts/postgres.sh start
trap 'bash scripts/postgres.sh stop || true' EXIT
bash scripts/chromium.sh install
export VEILLEUR_TEST_PG="$(bash scripts/postgres.sh url)"
mkdir -p test-artifacts
# pytest exit 5 (no tests collected) is a failure here, as any non-zero status.
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
