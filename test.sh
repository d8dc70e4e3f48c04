#!/usr/bin/env bash
# The whole test suite: provisions what the tests need, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-python.sh
dotnet test Graph.sln "$@"
