#!/usr/bin/env bash
# Run every check: lint, types, the import contract, the whole test suite (real model, real
# Chroma, real browser) and the eval gate. `--fast` is the developer's loop: the same checks
# and the tests not marked slow (no browser, no servers, no eval gate). CI runs everything.
set -euo pipefail
cd "$(dirname "$0")/.."
fast=0
if [ "${1:-}" = "--fast" ]; then
  fast=1
  shift
fi
if [ "$fast" = 0 ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ]; then
  # The UI tests drive Debian's Chromium; Playwright's own browser download fails offline.
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache | tail -n 4
if [ "$fast" = 1 ]; then
  .venv/bin/pytest -q -m "not slow" "$@"
  exit 0
fi
.venv/bin/pytest -q "$@"
# Quality gate: retrieval hit@5, citation precision and abstention above eval/thresholds.toml.
.venv/bin/rag eval --gate
