#!/usr/bin/env bash
# Set everything up from scratch: virtualenv, CPU torch, the project, the offline
# embedding model, and the index of the bundled corpus. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1
# torch first, pinned to the CPU build (constraints.txt), so nothing pulls a CUDA build.
.venv/bin/pip install -q -c constraints.txt "torch==2.13.0"
.venv/bin/pip install -q -c constraints.txt -e ".[dev]"
.venv/bin/rag setup
.venv/bin/rag ingest
.venv/bin/rag info
