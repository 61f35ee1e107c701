#!/usr/bin/env bash
# README command 1: install what is missing, build, and run cescape on the
# bundled example program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh plain
./build/analyzer/cescape examples/wordfreq.c --
