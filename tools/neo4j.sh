#!/usr/bin/env bash
# Cascade's local Neo4j server (Neo4j 5.26 community, in-process, Bolt on loopback only).
#
#   tools/neo4j.sh start  [--port N] [--data DIR] [--timeout S]   build if needed, start, wait
#   tools/neo4j.sh stop   [--port N]                              SIGTERM, wait, clean up
#   tools/neo4j.sh status [--port N]                              exit 0 running, 3 not running
#   tools/neo4j.sh build                                          (re)build the runner if stale
#
# Needs Java 17+ and Maven (only for the first build; later builds and starts work offline).
# Run state lives in $NEO4J_RUN_DIR (default <repo>/.neo4j): neo4j-<port>.pid, neo4j-<port>.log;
# the default data folder (Neo4j home: databases, transaction logs, debug.log) is .neo4j/data.
#
# Environment:
#   NEO4J_BOLT_PORT     default port (7687)
#   NEO4J_DATA_DIR      default data folder (<run dir>/data)
#   NEO4J_RUN_DIR       run folder (<repo>/.neo4j)
#   NEO4J_PASSWORD      when set (8+ chars) the server requires auth, user neo4j gets this password;
#                       when unset, auth is off (a loopback-only development/test server)
#   NEO4J_USER          user for the readiness check (neo4j)
#   NEO4J_JAVA_OPTS     JVM options (default: -Xms256m -Xmx2g plus the --add-opens Neo4j wants)
#   NEO4J_PAGECACHE     page cache size (256m)
#   NEO4J_START_TIMEOUT seconds to wait for readiness (120)
#   NEO4J_PYTHON        Python with the `neo4j` driver, used for the readiness check (python3)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNNER_DIR="$ROOT/tools/neo4j-runner"
JAR="$RUNNER_DIR/target/neo4j-runner.jar"
RUN_DIR="${NEO4J_RUN_DIR:-$ROOT/.neo4j}"
PORT="${NEO4J_BOLT_PORT:-7687}"
DATA="${NEO4J_DATA_DIR:-}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
PY="${NEO4J_PYTHON:-python3}"
DEFAULT_JAVA_OPTS="-Xms256m -Xmx2g -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED"
JAVA_OPTS="${NEO4J_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit "${2:-1}"; }

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

CMD="${1:-}"
[ -n "$CMD" ] || usage
shift
while [ $# -gt 0 ]; do
    case "$1" in
        --port) [ $# -ge 2 ] || die "--port needs a value" 2; PORT="$2"; shift 2 ;;
        --port=*) PORT="${1#*=}"; shift ;;
        --data) [ $# -ge 2 ] || die "--data needs a value" 2; DATA="$2"; shift 2 ;;
        --data=*) DATA="${1#*=}"; shift ;;
        --timeout) [ $# -ge 2 ] || die "--timeout needs a value" 2; TIMEOUT="$2"; shift 2 ;;
        -h|--help) usage ;;
        *) die "unknown argument: $1" 2 ;;
    esac
done
case "$PORT" in ''|*[!0-9]*) die "port is not a number: $PORT" 2 ;; esac
case "$TIMEOUT" in ''|*[!0-9]*) die "timeout is not a number: $TIMEOUT" 2 ;; esac

DATA="${DATA:-$RUN_DIR/data}"
PID_FILE="$RUN_DIR/neo4j-$PORT.pid"
LOG_FILE="$RUN_DIR/neo4j-$PORT.log"
URI="bolt://127.0.0.1:$PORT"

# --- helpers ---------------------------------------------------------------------------------

# pid of our runner for $PORT if it is alive (guards against a recycled pid), else nothing.
running_pid() {
    [ -f "$PID_FILE" ] || return 1
    local pid
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    case "$pid" in ''|*[!0-9]*) return 1 ;; esac
    kill -0 "$pid" 2>/dev/null || return 1
    if [ -r "/proc/$pid/cmdline" ]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'neo4j-runner' || return 1
    fi
    printf '%s\n' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

log_tail() {
    if [ -f "$LOG_FILE" ]; then
        printf -- '--- last lines of %s ---\n' "$LOG_FILE" >&2
        tail -n 40 "$LOG_FILE" >&2
        printf -- '---\n' >&2
    fi
}

needs_build() {
    [ -f "$JAR" ] && [ -d "$RUNNER_DIR/target/lib" ] || return 0
    [ -n "$(find "$RUNNER_DIR/pom.xml" "$RUNNER_DIR/src" -newer "$JAR" -print -quit 2>/dev/null)" ]
}

do_build() {
    if ! needs_build; then
        say "runner is up to date ($JAR)"
        return 0
    fi
    command -v java >/dev/null 2>&1 || die "java not found: install OpenJDK 17 (apt-get install openjdk-17-jdk-headless)"
    command -v mvn >/dev/null 2>&1 || die "mvn not found: install Maven (apt-get install maven)"
    if [ -d "${HOME}/.m2/repository/org/neo4j/test/neo4j-harness" ]; then
        say "building the runner..."
    else
        say "building the runner (first build downloads ~200 MB from Maven Central)..."
    fi
    local start=$SECONDS
    # Offline first: after one successful build everything is in ~/.m2.
    if ! (cd "$RUNNER_DIR" && mvn -q -B -o package -DskipTests) >"$RUN_DIR/build.log" 2>&1; then
        if ! (cd "$RUNNER_DIR" && mvn -q -B package -DskipTests) >"$RUN_DIR/build.log" 2>&1; then
            tail -n 40 "$RUN_DIR/build.log" >&2
            die "maven build failed (full log: $RUN_DIR/build.log)"
        fi
    fi
    touch "$JAR"
    say "built in $((SECONDS - start)) s"
}

# Readiness: the Python driver's verify_connectivity(), retried until the deadline.
verify_ready() {
    local remaining=$1
    if ! "$PY" -c 'import neo4j' >/dev/null 2>&1; then
        say "warning: '$PY' has no neo4j driver (pip install -r requirements.txt); trusting the READY line"
        return 0
    fi
    NEO4J_CHECK_URI="$URI" "$PY" - "$remaining" <<'PYEOF'
import os, sys, time
import neo4j
from neo4j.exceptions import AuthError

deadline = time.monotonic() + float(sys.argv[1])
uri = os.environ["NEO4J_CHECK_URI"]
password = os.environ.get("NEO4J_PASSWORD") or None
auth = (os.environ.get("NEO4J_USER") or "neo4j", password) if password else None
last = None
while time.monotonic() < deadline:
    try:
        with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=5) as driver:
            driver.verify_connectivity()
        sys.exit(0)
    except AuthError as exc:
        last = exc  # the password may still be being set right after READY
    except Exception as exc:  # ServiceUnavailable while Bolt comes up
        last = exc
    time.sleep(0.5)
print(f"verify_connectivity() did not succeed: {type(last).__name__}: {last}", file=sys.stderr)
sys.exit(1)
PYEOF
}

# --- commands --------------------------------------------------------------------------------

cmd_start() {
    local pid
    if pid="$(running_pid)"; then
        say "already running on $URI (pid $pid)"
        return 0
    fi
    rm -f "$PID_FILE"
    if port_open; then
        die "port $PORT is already in use by another process (not started by this script); choose --port"
    fi
    command -v java >/dev/null 2>&1 || die "java not found: install OpenJDK 17, then tools/neo4j.sh start"
    do_build
    mkdir -p "$DATA"
    DATA="$(cd "$DATA" && pwd)"
    local start=$SECONDS
    say "starting on $URI (data $DATA, log $LOG_FILE)"
    # shellcheck disable=SC2086
    nohup setsid java $JAVA_OPTS -jar "$JAR" --port "$PORT" --data "$DATA" \
        >"$LOG_FILE" 2>&1 </dev/null 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"

    local deadline=$((SECONDS + TIMEOUT))
    until grep -q '^READY ' "$LOG_FILE" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            log_tail
            die "the server exited during startup"
        fi
        if [ $SECONDS -ge $deadline ]; then
            log_tail
            kill -TERM "$pid" 2>/dev/null || true
            rm -f "$PID_FILE"
            die "no READY line within ${TIMEOUT} s"
        fi
        sleep 0.3
    done
    local left=$((deadline - SECONDS))
    [ $left -ge 5 ] || left=5
    if ! verify_ready "$left"; then
        log_tail
        kill -TERM "$pid" 2>/dev/null || true
        rm -f "$PID_FILE"
        die "the server printed READY but the Python driver cannot connect to $URI"
    fi
    say "ready on $URI (pid $pid, $((SECONDS - start)) s)"
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PID_FILE"
        say "not running on port $PORT"
        return 0
    fi
    say "stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 300); do  # up to 60 s for a clean shutdown (checkpoint)
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "still alive after 60 s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    say "stopped"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        say "running on $URI (pid $pid, log $LOG_FILE)"
        return 0
    fi
    if port_open; then
        say "not running (but port $PORT is in use by another process)"
    else
        say "not running on port $PORT"
    fi
    return 3
}

mkdir -p "$RUN_DIR"
case "$CMD" in
    start|stop|status|build)
        # One command at a time per port (parallel test workers may all call start).
        exec 9>"$RUN_DIR/neo4j-$PORT.lock"
        if command -v flock >/dev/null 2>&1; then flock 9; fi
        if [ "$CMD" = build ]; then do_build; else "cmd_$CMD"; fi
        ;;
    *) usage ;;
esac
