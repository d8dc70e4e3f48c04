#!/usr/bin/env bash
# The whole test suite: provisions what the tests need (the Python GraphML readers and a private
# Neo4j test server), then runs every test project against them.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-python.sh
scripts/with-neo4j.sh dotnet test Graph.sln "$@"
