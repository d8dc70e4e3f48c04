#!/usr/bin/env bash
# Runs a command against a fresh Neo4j 3.1.1 test server and stops the server afterwards.
#
#   scripts/with-neo4j.sh dotnet test Graph.sln
#
# The command sees NEO4J_TEST_URI, NEO4J_TEST_USERNAME, NEO4J_TEST_PASSWORD, NEO4J_TEST_HOME
# (the server folder, with bin/neo4j-import), NEO4J_TEST_CONTROL (this folder's
# neo4j-test-server.sh, for stop/resume/kill during fault tests) and NEO4J_TEST_ENV (the env file).
# The command's exit code is returned. Under CI=true a server that fails to start fails the run;
# otherwise the command still runs, and tests that need the server report it missing.
set -uo pipefail

SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONTROL="$SCRIPTS/neo4j-test-server.sh"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

cleanup() { "$CONTROL" stop || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

if "$CONTROL" start; then
  ENV_FILE="$("$CONTROL" env)"
  set -a
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  set +a
  export NEO4J_TEST_CONTROL="$CONTROL" NEO4J_TEST_ENV="$ENV_FILE"
else
  echo "with-neo4j: the Neo4j test server did not start" >&2
  if [[ "${CI:-}" == "true" ]]; then
    exit 1
  fi
fi

"$@"
exit $?
