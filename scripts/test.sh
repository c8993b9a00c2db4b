#!/usr/bin/env bash
# Installs everything (Python packages, PostgreSQL, Chromium) and runs the whole test suite,
# evaluation gates included. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test,ray
bash scripts/services.sh start
trap 'bash scripts/services.sh stop || true' EXIT
export VEILLEUR_TEST_PG="$(bash scripts/services.sh pg-url)"
mkdir -p test-artifacts
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider --timeout=1800 "$@"
rc=$?
set -e
# pytest exit 5 = no tests collected: that is a failure for us, never a pass.
exit $rc
