#!/usr/bin/env bash
# Creates .venv and installs Veilleur with everything it needs (models are pip packages).
# Usage: bash scripts/install.sh [extras]   e.g. bash scripts/install.sh test,ray
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install -q -e ".[${extras}]"
else
  .venv/bin/python -m pip install -q -e .
fi
