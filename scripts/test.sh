#!/usr/bin/env bash
# Run every check: lint, types, the test suite (real model, real Chroma, real browser).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ]; then
  # The UI tests drive Debian's Chromium; Playwright's own browser download fails offline.
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/pytest -q "$@"
# Quality gate: retrieval hit@5, citation precision and abstention above eval/thresholds.toml.
.venv/bin/rag eval --gate
