# shellcheck shell=bash
# shellcheck disable=SC2034  # variables are used by the scripts that source this file
# Shared helpers for deploy/local/up, down and service. Sourced, not executed.
#
# State lives in deploy/local/.run/ (git-ignored):
#   logs/<name>.log   output of each process (previous run's log kept as <name>.log.1)
#   pids/<name>.pid   pid (= process group id, every process runs in its own session)
#   keycloak-<v>/     unpacked Keycloak distribution (H2 dev database under data/h2)
#   store/            embedded store data (platform.mv)
#   platform.env      URLs for CLIs and system tests (incl. MAIL_API_URL of the local GreenMail)
# Components: keycloak, store, mail (GreenMail: SMTP 3025, IMAP 3143, REST API 8186), the services.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd -P)"
RUN_DIR="$LOCAL_DIR/.run"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
# Every process we start carries this marker in its environment, so `down` can find
# processes of this checkout (and only those) even if a pid file got lost.
RUN_MARKER="MENSENHANDEL_LOCAL_RUN_DIR=$RUN_DIR"

REALM=mensenhandel

# name:port of the services, in start order; the gateway last.
SERVICES=(
  "signal-service:8081"
  "triage-service:8082"
  "care-coordination-service:8083"
  "enforcement-service:8084"
  "monitor-service:8085"
  "gateway:8080"
)

if [[ -t 1 ]]; then
  C_RED=$'\e[31m'; C_GRN=$'\e[32m'; C_YEL=$'\e[33m'; C_BLD=$'\e[1m'; C_OFF=$'\e[0m'
else
  C_RED=; C_GRN=; C_YEL=; C_BLD=; C_OFF=
fi

info() { printf '%s\n' "$*"; }
ok()   { printf '%s✓%s %s\n' "$C_GRN" "$C_OFF" "$*"; }
warn() { printf '%s! %s%s\n' "$C_YEL" "$*" "$C_OFF" >&2; }
err()  { printf '%s✗ %s%s\n' "$C_RED" "$*" "$C_OFF" >&2; }
die()  { err "$*"; exit 1; }

# --- locking: one up/down at a time per checkout -------------------------------------------
take_lock() {
  mkdir -p "$RUN_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$RUN_DIR/.lock"
    flock -w 30 9 || die "another deploy/local/up or down is running for this checkout ($RUN_DIR/.lock)"
  fi
}

# --- JDK discovery ---------------------------------------------------------------------------
# Prints the major version of the JDK at $1 (a JAVA_HOME), or nothing.
jdk_major() {
  local home=$1 v=""
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -f "$home/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n1)
  fi
  if [[ -z "$v" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  [[ -n "$v" ]] || return 0
  if [[ "$v" == 1.* ]]; then v=${v#1.}; fi
  v=${v%%[.+_-]*}
  [[ "$v" =~ ^[0-9]+$ ]] && printf '%s\n' "$v"
  return 0
}

# Sets JDK_HOME and JDK_MAJOR to a JDK >= $1 (default 21). Order: $JAVA_HOME, then the
# highest version under /usr/lib/jvm, ~/.jdks, ~/.sdkman/candidates/java, then `java` on PATH.
find_jdk() {
  local min=${1:-21} cand major best="" best_major=0
  JDK_HOME=""; JDK_MAJOR=""
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(jdk_major "$JAVA_HOME")
    if [[ -n "$major" && "$major" -ge "$min" ]]; then
      JDK_HOME=$(cd "$JAVA_HOME" && pwd -P); JDK_MAJOR=$major; return 0
    fi
  fi
  shopt -s nullglob
  for cand in /usr/lib/jvm/* "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/*; do
    [[ -d "$cand" ]] || continue
    major=$(jdk_major "$cand")
    if [[ -n "$major" && "$major" -ge "$min" && "$major" -gt "$best_major" ]]; then
      best=$cand; best_major=$major
    fi
  done
  shopt -u nullglob
  if [[ -z "$best" ]] && command -v java >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(jdk_major "$cand")
    if [[ -n "$major" && "$major" -ge "$min" ]]; then best=$cand; best_major=$major; fi
  fi
  [[ -n "$best" ]] || return 1
  JDK_HOME=$(cd "$best" && pwd -P); JDK_MAJOR=$best_major
}

# --- processes -------------------------------------------------------------------------------
pid_file() { printf '%s/%s.pid\n' "$PID_DIR" "$1"; }

# True when the process (group) recorded for component $1 is alive and was started by us.
is_running() {
  local f pid
  f=$(pid_file "$1")
  [[ -f "$f" ]] || return 1
  pid=$(<"$f")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  has_marker "$pid"
}

# True when process $1 carries this checkout's run marker in its environment.
has_marker() {
  [[ -d /proc/self ]] || return 0   # no /proc: trust the pid file
  local e
  e=$(tr '\0' '\n' 2>/dev/null <"/proc/$1/environ") || return 1
  [[ $'\n'"$e"$'\n' == *$'\n'"$RUN_MARKER"$'\n'* ]]
}

# Pids of all live processes carrying this checkout's marker.
marked_pids() {
  local d p
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    [[ "$p" == "$$" || "$p" == "$BASHPID" ]] && continue
    has_marker "$p" && printf '%s\n' "$p"
  done
  return 0
}

# launch NAME [VAR=value ...] COMMAND [ARGS ...]
# Starts the command detached in its own session (so its pid is also its process group id),
# output to logs/NAME.log, pid to pids/NAME.pid.
launch() {
  local name=$1; shift
  local log="$LOG_DIR/$name.log" pid
  mkdir -p "$LOG_DIR" "$PID_DIR"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  # In a non-interactive script the background subshell is not a process group leader, so
  # setsid(1) does not fork: $! is the pid of the final program (exec chain) and its pgid.
  # fd 9 is the up/down lock: the child must not inherit (and hold) it.
  ( exec 9>&-; cd "$REPO_ROOT" && exec setsid env "$RUN_MARKER" "$@" ) >"$log" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
  LAUNCHED_PID=$pid
}

# True while process $1 or any member of process group $1 is alive (zombies count as gone).
group_alive() {
  ps -e -o pid=,pgid=,stat= 2>/dev/null | awk -v p="$1" '($1 == p || $2 == p) && $3 !~ /^Z/ { found = 1 } END { exit !found }'
}

# --- services ----------------------------------------------------------------------------------
service_port() { # name — the port of a service (SERVICES), or nothing
  local s
  for s in "${SERVICES[@]}"; do [[ "${s%%:*}" == "$1" ]] && { printf '%s\n' "${s##*:}"; return; }; done
  return 0
}
service_url() { # name
  local port
  port=$(service_port "$1")
  if [[ -n "$port" ]]; then printf 'http://localhost:%s\n' "$port"; fi
}

# launch_service NAME — starts one service (or the gateway) as `up` does. Needs JAVA, MONGODB_URI,
# KEYCLOAK_URL, MAIL_HOST and MAIL_PORT set by the caller.
launch_service() {
  local name=$1 port extra=()
  port=$(service_port "$name")
  if [[ "$name" == gateway ]]; then
    extra=(SIGNAL_SERVICE_URL="$(service_url signal-service)"
           TRIAGE_SERVICE_URL="$(service_url triage-service)"
           CARE_SERVICE_URL="$(service_url care-coordination-service)"
           ENFORCEMENT_SERVICE_URL="$(service_url enforcement-service)"
           MONITOR_SERVICE_URL="$(service_url monitor-service)"
           MANAGEMENT_PORT="$GATEWAY_MANAGEMENT_PORT")
  elif [[ "$name" == enforcement-service ]]; then
    # the receivers of its outbox (a finding's signal, a measure's emergency-housing request, the inbox)
    extra=(SIGNAL_SERVICE_URL="$(service_url signal-service)"
           CARE_SERVICE_URL="$(service_url care-coordination-service)")
  elif [[ "$name" == monitor-service ]]; then
    # the services whose statistics the monitor reads
    extra=(SIGNAL_SERVICE_URL="$(service_url signal-service)"
           TRIAGE_SERVICE_URL="$(service_url triage-service)"
           CARE_SERVICE_URL="$(service_url care-coordination-service)"
           ENFORCEMENT_SERVICE_URL="$(service_url enforcement-service)")
  fi
  # profile "local": development secrets are allowed here and nowhere else (platform-support Secrets)
  launch "$name" SERVER_PORT="$port" MONGODB_URI="$MONGODB_URI" SPRING_PROFILES_ACTIVE=local \
    KEYCLOAK_URL="$KEYCLOAK_URL" KEYCLOAK_REALM="$REALM" \
    SPRING_MAIL_HOST="$MAIL_HOST" SPRING_MAIL_PORT="$MAIL_PORT" "${extra[@]}" \
    "$JAVA" $LOCAL_JVM_OPTS -jar "$REPO_ROOT/$name/target/$name.jar"
}

# JVM settings of the services and the store: quick start-up for development (C1 only, small heaps). A benchmark
# sets LOCAL_JVM_OPTS to production-like settings (full JIT), e.g. deploy/bench/field-sync. STORE_JVM_OPTS, when set,
# replaces them for the embedded store alone (deploy/bench/monitor gives it the heap a million signals need).
LOCAL_JVM_OPTS=${LOCAL_JVM_OPTS:--Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}

# --- health ------------------------------------------------------------------------------------
port_open() { # host port
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}
http_code() { # url
  curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$1" 2>/dev/null || true
}
keycloak_healthy() { # base-url
  [[ "$(http_code "$1/realms/$REALM/.well-known/openid-configuration")" == 200 ]]
}
# the gateway's actuator listens only on its management port (gateway application.yml, management.server.port): its
# public port answers 404 for /actuator/**
GATEWAY_MANAGEMENT_PORT=${GATEWAY_MANAGEMENT_PORT:-8090}
service_healthy() { # port (the gateway's public port 8080 stands for its management port)
  local body code port=$1
  [[ "$port" == 8080 ]] && port=$GATEWAY_MANAGEMENT_PORT
  body=$(curl -s --connect-timeout 2 --max-time 5 -w '\n%{http_code}' "http://localhost:$port/actuator/health" 2>/dev/null) || return 1
  code=${body##*$'\n'}
  [[ "$code" == 200 && "$body" == *'"status":"UP"'* ]]
}

# Prints "where to look" for a failed component.
show_log_tail() { # name
  local log="$LOG_DIR/$1.log"
  if [[ -f "$log" ]]; then
    err "$1: log $log (last 20 lines):"
    tail -n 20 "$log" | sed 's/^/    /' >&2
  else
    err "$1: no log at $log"
  fi
}
