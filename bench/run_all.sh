#!/usr/bin/env bash
# Runs every benchmark under bench/ (bench_*.py, other areas' included), one after the other.
#   bash bench/run_all.sh            full sizes (hours on 2 cores: 5,000-document runs)
#   bash bench/run_all.sh --quick    a few hundred documents each, for a check in minutes
# Scripts that accept --quick get it; the others run with their own defaults. PostgreSQL is
# measured when VEILLEUR_TEST_PG is set (bash scripts/postgres.sh start; export
# VEILLEUR_TEST_PG="$(bash scripts/postgres.sh url)"). Write what you measured, with the
# machine it ran on, into bench/RESULTS.md.
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
QUICK=""
[ "${1:-}" = "--quick" ] && QUICK="--quick"
failed=0
for script in bench/bench_*.py; do
  args=()
  if [ -n "$QUICK" ] && "$PYTHON" "$script" --help 2>/dev/null | grep -q -- "--quick"; then
    args+=("--quick")
  fi
  echo "=== $script ${args[*]:-}"
  start=$(date +%s)
  if ! "$PYTHON" "$script" "${args[@]}"; then
    echo "!!! $script failed" >&2
    failed=1
  fi
  echo "--- $script: $(( $(date +%s) - start )) s"
done
exit $failed
