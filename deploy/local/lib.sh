# shellcheck shell=bash
# Shared functions for deploy/local/run.sh, deploy/local/test.sh and deploy/local/keycloak.sh.
# Source it; do not run it. Every step prints one line starting with "==>".
#
# State (gitignored) lives in ${GROENAGENDA_STATE_DIR:-<repo>/.local}:
#   keycloak-<version>/  Keycloak install (its H2 data, so users and sessions survive restarts)
#   downloads/           the Keycloak zip fetched through Maven, Node.js and npm from the npm registry
#   node-<version>/      a private Node.js, only when the machine has none of 20.19 or newer
#   postgres-<port>/     a private PostgreSQL cluster, only when none was reachable
#   logs/                one log per process
#   run/                 pid files
#
# Environment (see docs/configuration.md): DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, DB_ADMIN_USER,
# DB_ADMIN_PASSWORD, KEYCLOAK_URL, KEYCLOAK_REALM, KEYCLOAK_VERSION, KEYCLOAK_ADMIN,
# KEYCLOAK_ADMIN_PASSWORD, APP_JAVA_OPTS, APP_START_TIMEOUT, KEYCLOAK_START_TIMEOUT.

GA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GA_STATE=${GROENAGENDA_STATE_DIR:-$GA_ROOT/.local}
GA_LOGS=$GA_STATE/logs
GA_RUN=$GA_STATE/run

DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-groenagenda}
DB_PASSWORD=${DB_PASSWORD:-groenagenda}
DB_ADMIN_USER=${DB_ADMIN_USER:-postgres}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_URL=${KEYCLOAK_URL%/}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_ADMIN=${KEYCLOAK_ADMIN:-admin}
KEYCLOAK_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
export DB_HOST DB_PORT DB_USER DB_PASSWORD KEYCLOAK_URL KEYCLOAK_REALM KEYCLOAK_ADMIN KEYCLOAK_ADMIN_PASSWORD

GA_SERVICES=(asset budget agenda workflow)   # database names: groenagenda_<service><suffix>

mkdir -p "$GA_LOGS" "$GA_RUN"

# ---------------------------------------------------------------- output helpers

step() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }
is_ci() { [[ ${CI:-} == true ]]; }

# show_log <file> [lines]: the tail of a log file, framed.
show_log() {
  local file=$1 lines=${2:-30}
  [[ -f $file ]] || return 0
  printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
  tail -n "$lines" "$file" >&2 || true
  printf -- '----- end of %s -----\n' "$file" >&2
}

# ---------------------------------------------------------------- cleanup registry
# Everything this script starts is registered here and stopped in reverse order on EXIT/INT/TERM.
# Entries: "proc <name> <pid>", "pgcluster <version> <cluster>", "pgprivate <bindir> <datadir>".

GA_STARTED=()
GA_CLEANED=0

ga_register() { GA_STARTED+=("$*"); }

ga_cleanup() {
  local rc=$? i entry kind a b restarted
  trap - EXIT INT TERM
  [[ $GA_CLEANED -eq 1 ]] && exit "$rc"
  GA_CLEANED=1
  if [[ ${#GA_STARTED[@]} -gt 0 ]]; then
    step "cleaning up: stopping what this script started"
    for ((i = ${#GA_STARTED[@]} - 1; i >= 0; i--)); do
      entry=${GA_STARTED[$i]}
      read -r kind a b <<<"$entry"
      case $kind in
        proc)
          # Restarted meanwhile (deploy/local/restart-app.sh)? Then the pid file names the new process;
          # read it before stopping the old one, which removes a pid file that is no longer its own.
          restarted=$(recorded_pid "$a") || restarted=
          stop_process "$a" "$b" || true
          if [[ -n $restarted && $restarted != "$b" ]]; then stop_process "$a" "$restarted" || true; fi
          ;;
        pgcluster) stop_debian_cluster "$a" "$b" || true ;;
        pgprivate) stop_private_postgres "$a" "$b" || true ;;
      esac
    done
  fi
  exit "$rc"
}

# install_cleanup_trap: call once, early, in every script that starts something.
install_cleanup_trap() {
  trap ga_cleanup EXIT
  trap 'echo; step "interrupted"; exit 130' INT
  trap 'step "terminated"; exit 143' TERM
}

# ---------------------------------------------------------------- processes

# All background processes are started in their own session (setsid), so that Ctrl-C in the terminal
# does not hit them before the cleanup can stop them in order, and so that their whole process tree
# (kc.sh leaves java as a child) is one process group we can signal.

# ga_descendants <pid>: pids of all descendants (fallback when the pid is not a group leader).
ga_descendants() {
  local parent=$1 stat rest pid ppid children=()
  for stat in /proc/[0-9]*/stat; do
    [[ -r $stat ]] || continue
    read -r rest <"$stat" 2>/dev/null || continue
    pid=${rest%% *}
    rest=${rest##*) }
    read -r _ ppid _ <<<"$rest"
    [[ $ppid == "$parent" ]] && children+=("$pid")
  done
  for pid in "${children[@]}"; do
    echo "$pid"
    ga_descendants "$pid"
  done
}

# ga_alive <pid>: is the process (or its process group) still there?
ga_alive() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null && return 0
  kill -0 -- "-$pid" 2>/dev/null
}

# ga_signal <signal> <pid>: signal the process group if the pid leads one, else the process tree.
ga_signal() {
  local sig=$1 pid=$2 pgid="" stat
  if read -r stat <"/proc/$pid/stat" 2>/dev/null; then
    stat=${stat##*) }
    read -r _ _ pgid _ <<<"$stat" # fields after the name: state, ppid, pgrp
  fi
  if [[ -z $pgid || $pgid == "$pid" ]] && kill -0 -- "-$pid" 2>/dev/null; then
    kill "-$sig" -- "-$pid" 2>/dev/null || true
  else
    local p
    for p in $(ga_descendants "$pid") "$pid"; do kill "-$sig" "$p" 2>/dev/null || true; done
  fi
}

# start_process <name> <logfile> <workdir> <command...>: background, own session, pid in $GA_RUN/<name>.pid.
# Sets GA_LAST_PID. Does not register for cleanup: the caller decides.
start_process() {
  local name=$1 log=$2 dir=$3
  shift 3
  [[ ${GA_APPEND_LOG:-} == 1 ]] || : >"$log"
  # The command line, so that deploy/local/restart-app.sh can start it again exactly so (fault tests).
  { printf '%s\n%s\n' "$dir" "$log"; printf '%q ' "$@"; printf '\n'; } >"$GA_RUN/$name.cmd"
  if command -v setsid >/dev/null; then
    (cd "$dir" && exec setsid "$@") >>"$log" 2>&1 </dev/null &
  else
    (cd "$dir" && exec "$@") >>"$log" 2>&1 </dev/null &
  fi
  GA_LAST_PID=$!
  disown "$GA_LAST_PID" 2>/dev/null || true # no "Killed" notices from bash: we watch it ourselves
  echo "$GA_LAST_PID" >"$GA_RUN/$name.pid"
}

# stop_process <name> <pid>: TERM, wait up to 40 s, then KILL; removes the pid file if it is ours.
stop_process() {
  local name=$1 pid=$2 i
  if ! ga_alive "$pid"; then
    if [[ -f $GA_RUN/$name.pid && $(cat "$GA_RUN/$name.pid" 2>/dev/null) == "$pid" ]]; then
      rm -f "$GA_RUN/$name.pid"
    fi
    return 0
  fi
  step "stopping $name (pid $pid)"
  ga_signal TERM "$pid"
  for ((i = 0; i < 80; i++)); do
    ga_alive "$pid" || break
    sleep 0.5
  done
  if ga_alive "$pid"; then
    warn "$name did not stop within 40 s: killing it"
    ga_signal KILL "$pid"
    sleep 1
  fi
  if [[ -f $GA_RUN/$name.pid && $(cat "$GA_RUN/$name.pid" 2>/dev/null) == "$pid" ]]; then
    rm -f "$GA_RUN/$name.pid"
  fi
}

# recorded_pid <name>: the pid from $GA_RUN/<name>.pid if that process still runs (else nothing).
recorded_pid() {
  local f=$GA_RUN/$1.pid pid
  [[ -f $f ]] || return 1
  pid=$(cat "$f" 2>/dev/null || true)
  if [[ -n $pid ]] && ga_alive "$pid"; then
    echo "$pid"
    return 0
  fi
  rm -f "$f"
  return 1
}

# port_in_use <port>: something listens on localhost:<port>.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null
}

# require_free_ports <port...>: fail with a clear message when one is taken.
# ensure_node: the gateway's build builds and tests the web UI with Node.js 20.19 or newer (what Vite 7
# needs) and npm. The machine's own is used when it is new enough; otherwise (Debian 12 and Ubuntu 24.04
# ship Node 18) a private one is fetched from the npm registry (packages node-linux-<arch> and npm, their
# sha512 checked) into $GA_STATE/node-<version> and put first on PATH for this script and Maven.
NODE_VERSION=${NODE_VERSION:-20.20.2}
NPM_VERSION=${NPM_VERSION:-10.8.2} # the npm Node 20.20.2 ships with (10.9.2 stopped in `npm ci` here)
NPM_REGISTRY=${NPM_REGISTRY:-https://registry.npmjs.org}

node_usable() { # true when node and npm on PATH are Node 20.19 or newer
  command -v node >/dev/null && command -v npm >/dev/null || return 1
  local version major rest minor
  version=$(node --version 2>/dev/null | sed 's/^v//')
  major=${version%%.*} rest=${version#*.}
  minor=${rest%%.*}
  [[ $major =~ ^[0-9]+$ && $minor =~ ^[0-9]+$ ]] && (( major > 20 || (major == 20 && minor >= 19) ))
}

# fetch_npm_package <name> <version> <directory>: the package's tarball from the registry, checked
# against the sha512 the registry publishes for it, unpacked into <directory>.
fetch_npm_package() {
  local name=$1 version=$2 into=$3 meta integrity tarball file hex actual
  meta=$(curl -sf "$NPM_REGISTRY/$name/$version") || die "cannot read $NPM_REGISTRY/$name/$version"
  integrity=$(sed -nE 's/.*"integrity": *"sha512-([^"]+)".*/\1/p' <<<"$meta")
  tarball=$(sed -nE 's/.*"tarball": *"([^"]+)".*/\1/p' <<<"$meta")
  [[ -n $integrity && -n $tarball ]] || die "no tarball or sha512 for $name@$version at $NPM_REGISTRY"
  mkdir -p "$GA_STATE/downloads"
  file=$GA_STATE/downloads/$name-$version.tgz
  curl -sf -o "$file" "$tarball" || die "could not download $tarball"
  hex=$(sha512sum "$file" | cut -d' ' -f1)
  # shellcheck disable=SC2059 # the format is the hex digest turned into \x escapes on purpose
  actual=$(printf "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0)
  [[ $actual == "$integrity" ]] || { rm -f "$file"; die "$name@$version from $tarball does not match its published sha512"; }
  mkdir -p "$into"
  tar xzf "$file" -C "$into" --strip-components=1
}

install_node() { # <home>
  local home=$1 arch tmp
  case $(uname -m) in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no Node.js for $(uname -m) in the npm registry: install Node 20.19+ with npm yourself and run this again" ;;
  esac
  command -v curl >/dev/null || die "curl is needed to fetch Node.js: apt-get install curl, or install Node 20.19+ yourself"
  step "fetching Node.js $NODE_VERSION and npm $NPM_VERSION from $NPM_REGISTRY into $home (about 45 MB)"
  tmp=$home.partial.$$
  rm -rf "$tmp"
  fetch_npm_package "node-linux-$arch" "$NODE_VERSION" "$tmp/node"
  fetch_npm_package npm "$NPM_VERSION" "$tmp/lib/node_modules/npm"
  mkdir -p "$tmp/bin"
  mv "$tmp/node/bin/node" "$tmp/bin/node"
  rm -rf "$tmp/node"
  chmod +x "$tmp/bin/node"
  # npm finds its own modules next to node: lib/node_modules/npm, as in Node's own distribution.
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$tmp/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$tmp/bin/npx"
  "$tmp/bin/node" --version >/dev/null || die "the fetched Node.js does not run on this machine"
  rm -rf "$home"
  mv "$tmp" "$home"
}

ensure_node() {
  if [[ ${SKIP_BUILD:-} == 1 ]]; then return 0; fi
  if ! node_usable; then
    local home=$GA_STATE/node-$NODE_VERSION
    if [[ ! -x $home/bin/node ]]; then
      if command -v node >/dev/null; then
        step "Node.js $(node --version) on this machine is older than 20.19 (Vite 7), or npm is missing"
      fi
      install_node "$home"
    fi
    export PATH=$home/bin:$PATH
    node_usable || die "Node.js in $home does not work; remove that directory and run this again"
  fi
  step "Node.js $(node --version | sed 's/^v//') ($(command -v node)) for the web UI's build"
}

require_free_ports() {
  local p taken=()
  for p in "$@"; do port_in_use "$p" && taken+=("$p"); done
  if [[ ${#taken[@]} -gt 0 ]]; then
    local alt
    alt=$(IFS='|'; echo "${taken[*]}")
    die "port(s) ${taken[*]} already in use; stop what listens there (see: ss -ltnp | grep -E ':($alt)\\b') and retry"
  fi
}

# http_code <url>: the HTTP status, 000 when nothing answers. Without curl: plain HTTP over /dev/tcp.
http_code() {
  if command -v curl >/dev/null; then
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null) || true
    echo "${code:-000}"
    return 0
  fi
  local rest=${1#http://} hostport path host port
  hostport=${rest%%/*}
  path=/${rest#*/}
  [[ $rest == */* ]] || path=/
  host=${hostport%:*}
  port=${hostport##*:}
  [[ $hostport == *:* ]] || port=80
  # shellcheck disable=SC2016 # the inner script gets its values as $0..$2
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$2" "$0" >&3
    read -r _ code _ <&3 && echo "$code"' "$host" "$port" "$path" 2>/dev/null || echo 000
}

# ---------------------------------------------------------------- PostgreSQL

is_local_host() { [[ $1 == localhost || $1 == 127.0.0.1 || $1 == ::1 ]]; }

# pg_bindir: newest /usr/lib/postgresql/<ver>/bin that has initdb (nothing when none).
pg_bindir() {
  local b d=
  for b in /usr/lib/postgresql/*/bin; do
    [[ -x $b/initdb && -x $b/pg_ctl ]] && d+="$b"$'\n'
  done
  d=$(printf %s "$d" | sort -V | tail -n 1)
  [[ -n $d ]] && echo "$d"
}

# pg_tool <name>: path of a PostgreSQL client tool (PATH first, then the newest installed version).
pg_tool() {
  if command -v "$1" >/dev/null; then
    command -v "$1"
    return 0
  fi
  local b f=
  for b in /usr/lib/postgresql/*/bin/"$1"; do [[ -x $b ]] && f+="$b"$'\n'; done
  f=$(printf %s "$f" | sort -V | tail -n 1)
  [[ -n $f ]] && echo "$f"
}

pg_reachable() {
  local isready
  isready=$(pg_tool pg_isready || true)
  if [[ -n $isready ]]; then
    "$isready" -q -h "$DB_HOST" -p "$DB_PORT" -t 3
  else
    (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null
  fi
}

# as_postgres <command...>: run as the postgres OS user when we are root, else as ourselves.
as_postgres() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# private_pg_base: where a private cluster for $DB_PORT lives. As root the path must be traversable by
# the postgres user; when the state dir is not (e.g. under /root), use postgres's own home instead.
private_pg_base() {
  local base=$GA_STATE/postgres-$DB_PORT
  if is_root; then
    local parent=$GA_STATE
    if ! runuser -u postgres -- test -x "$parent" 2>/dev/null; then
      local home
      home=$(getent passwd postgres | cut -d: -f6)
      [[ -n $home && -d $home ]] || home=/var/lib/postgresql
      base=$home/groenagenda-$DB_PORT
    fi
  fi
  echo "$base"
}

start_debian_cluster() {
  local ver=$1 name=$2
  step "starting the existing PostgreSQL cluster $ver/$name on port $DB_PORT (pg_ctlcluster)"
  if is_root; then
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start
  else
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start ||
      die "cannot start cluster $ver/$name as $(id -un); start it yourself (sudo pg_ctlcluster $ver $name start) and retry"
  fi
  ga_register pgcluster "$ver" "$name"
}

stop_debian_cluster() {
  step "stopping PostgreSQL cluster $1/$2 (started by this script)"
  pg_ctlcluster --skip-systemctl-redirect "$1" "$2" stop -- -m fast || true
}

start_private_postgres() {
  local bin=$1 base data log
  base=$(private_pg_base)
  data=$base/data
  log=$base/postgres.log
  if is_root && ! getent passwd postgres >/dev/null; then
    die "PostgreSQL binaries found in $bin but no 'postgres' OS user to run them (initdb refuses root): install the 'postgresql' package or set DB_HOST/DB_PORT to a reachable server"
  fi
  if [[ ! -f $data/PG_VERSION ]]; then
    step "creating a private PostgreSQL cluster in $data ($bin, trust auth on localhost, port $DB_PORT)"
    mkdir -p "$base"
    is_root && chown postgres: "$base"
    chmod 700 "$base"
    as_postgres "$bin/initdb" -D "$data" -U postgres -E UTF8 --no-locale \
      --auth-local=trust --auth-host=trust >"$GA_LOGS/initdb.log" 2>&1 ||
      { show_log "$GA_LOGS/initdb.log"; die "initdb failed"; }
  fi
  step "starting the private PostgreSQL cluster on port $DB_PORT (log: $log)"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $DB_PORT -k /tmp -c listen_addresses=localhost" start >/dev/null ||
    { show_log "$log"; die "the private PostgreSQL cluster did not start"; }
  ga_register pgprivate "$bin" "$data"
}

stop_private_postgres() {
  step "stopping the private PostgreSQL cluster in $2"
  as_postgres "$1/pg_ctl" -D "$2" -m fast -w -t 60 stop >/dev/null || true
}

# ensure_postgres: a PostgreSQL on $DB_HOST:$DB_PORT, reusing, starting or installing one.
ensure_postgres() {
  local attempt=${1:-1}
  if pg_reachable; then
    step "PostgreSQL is reachable on $DB_HOST:$DB_PORT: using it"
    return 0
  fi
  is_local_host "$DB_HOST" ||
    die "PostgreSQL on $DB_HOST:$DB_PORT does not answer; start it, or unset DB_HOST to use/start a local one"

  # A Debian cluster on this port that is down?
  if command -v pg_lsclusters >/dev/null; then
    local ver name port status
    while read -r ver name port status _; do
      if [[ $port == "$DB_PORT" && $status == down* ]]; then
        start_debian_cluster "$ver" "$name"
        pg_reachable || die "cluster $ver/$name started but does not answer on $DB_HOST:$DB_PORT"
        return 0
      fi
    done < <(pg_lsclusters -h 2>/dev/null || true)
  fi

  local bin
  bin=$(pg_bindir || true)
  if [[ -n $bin ]]; then
    start_private_postgres "$bin"
    return 0
  fi

  if [[ $attempt -eq 1 ]] && is_root && command -v apt-get >/dev/null; then
    step "no PostgreSQL found: installing it with apt-get (postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >"$GA_LOGS/apt.log" 2>&1 || { show_log "$GA_LOGS/apt.log"; die "apt-get update failed"; }
    apt-get install -y -qq postgresql >>"$GA_LOGS/apt.log" 2>&1 ||
      { show_log "$GA_LOGS/apt.log"; die "apt-get install postgresql failed"; }
    ensure_postgres 2
    return 0
  fi

  cat >&2 <<EOF
ERROR: no PostgreSQL answers on $DB_HOST:$DB_PORT and none is installed here.
Either install it (Debian/Ubuntu: sudo apt-get install postgresql; version 15 or newer)
and run this again, or point the suite at a running server:
  export DB_HOST=<host> DB_PORT=<port>              # where it runs
  export DB_ADMIN_USER=<superuser> DB_ADMIN_PASSWORD=<password>   # to create role and databases
  export DB_USER=<app role> DB_PASSWORD=<password>  # the role the applications log in with
EOF
  exit 1
}

# ---------------------------------------------------------------- admin SQL

GA_ADMIN_MODE=

# admin_psql <psql args...>: psql as the admin user, over TCP, or as root via the postgres user's socket.
admin_psql() {
  local psql
  psql=$(pg_tool psql) || die "psql not found: install postgresql-client"
  if [[ -z $GA_ADMIN_MODE ]]; then
    if PGPASSWORD=${DB_ADMIN_PASSWORD:-} PGCONNECT_TIMEOUT=5 "$psql" -w -X -q -h "$DB_HOST" -p "$DB_PORT" \
      -U "$DB_ADMIN_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
      GA_ADMIN_MODE=tcp
    elif is_root && is_local_host "$DB_HOST" &&
      (cd / && runuser -u postgres -- "$psql" -w -X -q -p "$DB_PORT" -d postgres -tAc 'select 1') >/dev/null 2>&1; then
      GA_ADMIN_MODE=socket
      step "admin SQL: as the postgres OS user over the local socket (TCP login as $DB_ADMIN_USER failed)" >&2
    else
      die "cannot log in to PostgreSQL on $DB_HOST:$DB_PORT as admin '$DB_ADMIN_USER'; set DB_ADMIN_USER/DB_ADMIN_PASSWORD (a role that may create roles and databases)"
    fi
  fi
  if [[ $GA_ADMIN_MODE == tcp ]]; then
    PGPASSWORD=${DB_ADMIN_PASSWORD:-} PGOPTIONS='-c client_min_messages=warning' \
      "$psql" -w -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN_USER" "$@"
  else
    (cd / && PGOPTIONS='-c client_min_messages=warning' \
      runuser -u postgres -- "$psql" -w -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" "$@")
  fi
}

# ensure_db_role: the application role $DB_USER (password $DB_PASSWORD), created when missing.
ensure_db_role() {
  step "database role '$DB_USER': creating it if missing"
  admin_psql -d postgres -v role="$DB_USER" -v pw="$DB_PASSWORD" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')
\gexec
SQL
  local psql
  psql=$(pg_tool psql)
  PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$psql" -w -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" \
    -d postgres -tAc 'select 1' >/dev/null 2>&1 ||
    die "role '$DB_USER' exists but cannot log in on $DB_HOST:$DB_PORT with DB_PASSWORD (wrong password, or pg_hba.conf refuses it)"
}

# db_names [suffix]: the four database names, for messages.
db_names() {
  local IFS=,
  echo "groenagenda_{${GA_SERVICES[*]}}${1:-}"
}

# create_databases [suffix]: groenagenda_{asset,budget,agenda,workflow}<suffix>, owned by $DB_USER, if missing.
create_databases() {
  local suffix=${1:-} svc db
  for svc in "${GA_SERVICES[@]}"; do
    db=groenagenda_$svc$suffix
    admin_psql -d postgres -v db="$db" -v owner="$DB_USER" <<'SQL' >/dev/null
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec
SQL
  done
  step "databases $(db_names "$suffix"): present (created where missing)"
}

# reset_databases <suffix>: drop (WITH (FORCE)) and recreate them: for test runs only.
reset_databases() {
  local suffix=${1:?reset_databases needs a suffix such as _test} svc db
  for svc in "${GA_SERVICES[@]}"; do
    db=groenagenda_$svc$suffix
    admin_psql -d postgres -v db="$db" <<'SQL' >/dev/null
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db')
\gexec
SQL
  done
  step "databases $(db_names "$suffix"): dropped"
  create_databases "$suffix"
}

# ---------------------------------------------------------------- Keycloak

KC_HOME=$GA_STATE/keycloak-$KEYCLOAK_VERSION
KC_LOG=$GA_LOGS/keycloak.log
KC_REALM_FILE=$GA_ROOT/deploy/keycloak/groenagenda-realm.json
KC_STARTED_PID=

kc_port() {
  local rest=${KEYCLOAK_URL#*://}
  rest=${rest%%/*}
  if [[ $rest == *:* ]]; then
    echo "${rest##*:}"
  elif [[ $KEYCLOAK_URL == https://* ]]; then
    echo 443
  else
    echo 80
  fi
}

kc_host() {
  local rest=${KEYCLOAK_URL#*://}
  rest=${rest%%/*}
  echo "${rest%:*}"
}

kc_ready() {
  [[ $(http_code "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration") == 200 ]]
}

# install_keycloak: $KC_HOME from org.keycloak:keycloak-quarkus-dist:<version>:zip, through Maven.
install_keycloak() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  local zip=$GA_STATE/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [[ ! -f $zip ]]; then
    step "fetching Keycloak $KEYCLOAK_VERSION through Maven (165 MB on a new machine; from ~/.m2 when cached)"
    mkdir -p "$GA_STATE/downloads"
    (cd "$GA_ROOT" && ./mvnw -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$GA_STATE/downloads") >"$GA_LOGS/keycloak-download.log" 2>&1 ||
      { show_log "$GA_LOGS/keycloak-download.log"; die "could not fetch Keycloak through Maven"; }
  fi
  step "unpacking Keycloak into $KC_HOME"
  local tmp=$GA_STATE/keycloak-unpack.$$
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$tmp"
  else
    (cd "$tmp" && jar xf "$zip")
  fi
  [[ -d $tmp/keycloak-$KEYCLOAK_VERSION ]] || die "unexpected layout in $zip"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  chmod +x "$KC_HOME"/bin/*.sh
}

# start_keycloak register|keep: reuse a Keycloak that serves the realm, else install and start one in
# dev mode (non-blocking; call wait_keycloak later). "register": this script stops it on exit.
start_keycloak() {
  local register=${1:?start_keycloak needs register or keep}
  KC_STARTED_PID=
  if kc_ready; then
    step "Keycloak serves realm '$KEYCLOAK_REALM' at $KEYCLOAK_URL: using it"
    return 0
  fi
  local pid
  if pid=$(recorded_pid keycloak); then
    step "Keycloak (pid $pid, started earlier from $GA_STATE) is still starting: waiting for it"
    return 0
  fi
  local port host
  port=$(kc_port)
  host=$(kc_host)
  is_local_host "$host" ||
    die "Keycloak at $KEYCLOAK_URL does not serve realm '$KEYCLOAK_REALM'; import deploy/keycloak/groenagenda-realm.json there, or unset KEYCLOAK_URL to start a local one"
  if port_in_use "$port"; then
    die "port $port is in use but $KEYCLOAK_URL/realms/$KEYCLOAK_REALM does not answer: stop what listens there, or import deploy/keycloak/groenagenda-realm.json into that Keycloak"
  fi
  install_keycloak
  mkdir -p "$KC_HOME/data/import"
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/"
  step "starting Keycloak $KEYCLOAK_VERSION in dev mode on port $port (realm import; log: $KC_LOG)"
  KC_BOOTSTRAP_ADMIN_USERNAME=$KEYCLOAK_ADMIN \
    KC_BOOTSTRAP_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD \
    JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms128m -Xmx768m} \
    JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED" \
    start_process keycloak "$KC_LOG" "$KC_HOME" \
    bin/kc.sh start-dev --http-port "$port" --import-realm --hostname "$KEYCLOAK_URL" \
    --health-enabled=false --metrics-enabled=false
  KC_STARTED_PID=$GA_LAST_PID
  [[ $register == register ]] && ga_register proc keycloak "$KC_STARTED_PID"
  return 0
}

# wait_keycloak: until the realm's OIDC discovery answers 200 (at most $KEYCLOAK_START_TIMEOUT s, 300).
wait_keycloak() {
  local timeout=${KEYCLOAK_START_TIMEOUT:-300} start=$SECONDS pid
  kc_ready && return 0
  step "waiting for Keycloak at $KEYCLOAK_URL (first start takes about a minute)"
  until kc_ready; do
    pid=$(recorded_pid keycloak || true)
    if [[ -z $pid ]]; then
      show_log "$KC_LOG" 30
      die "Keycloak is not running (it stopped, or was never started); see $KC_LOG"
    fi
    if ((SECONDS - start > timeout)); then
      show_log "$KC_LOG" 30
      die "Keycloak did not serve realm '$KEYCLOAK_REALM' within ${timeout}s; see $KC_LOG"
    fi
    sleep 2
  done
  step "Keycloak is ready ($((SECONDS - start)) s)"
}

# stop_keycloak: stop the Keycloak recorded in $GA_RUN/keycloak.pid (whoever started it).
stop_keycloak() {
  local pid
  if pid=$(recorded_pid keycloak); then
    stop_process keycloak "$pid"
  else
    step "no Keycloak started from $GA_STATE is running"
  fi
}

# ---------------------------------------------------------------- applications

# app_jar <module>: <module>/target/<module>.jar, or the one executable jar in target/.
app_jar() {
  local module=$1 f c
  f=$GA_ROOT/$module/target/$module.jar
  if [[ ! -f $f ]]; then
    f=
    for c in "$GA_ROOT/$module/target/$module"-*.jar; do
      [[ -f $c && ! $c =~ -(plain|sources|javadoc|tests)\.jar$ ]] && { f=$c; break; }
    done
  fi
  [[ -n $f && -f $f ]] || die "no jar for $module in $GA_ROOT/$module/target: build first (./mvnw -B package -DskipTests)"
  echo "$f"
}

# java_opts <module>: the JVM options of an application; APP_JAVA_OPTS replaces them for all.
# asset-service moves the whole register (imports, plans over every asset) and must stay under 400 MB
# RSS doing so (issue 3): a heap capped at what those jobs need, given back after a peak, and the
# serial collector, whose bookkeeping is a few MB where G1's is tens; a young generation large enough
# that the buffers of twenty concurrent list pages die young instead of filling the old generation
# (see docs/configuration.md).
java_opts() {
  if [[ -n ${APP_JAVA_OPTS:-} ]]; then
    echo "$APP_JAVA_OPTS"
    return
  fi
  case $1 in
    asset-service) echo "-XX:+UseSerialGC -Xmn64m -Xms96m -Xmx320m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30" ;;
    *) echo "-Xmx512m" ;;
  esac
}

# start_app <module> <port> <log-suffix> [NAME=value...]: java -jar in the background, registered for cleanup.
start_app() {
  local module=$1 port=$2 suffix=$3 jar name log
  shift 3
  jar=$(app_jar "$module")
  name=$module$suffix
  log=$GA_LOGS/$name.log
  require_free_ports "$port"
  step "starting $module on port $port (log: $log)"
  # shellcheck disable=SC2086 # the options are several words
  # Two malloc arenas instead of one per thread: the JVM allocates little with malloc, and the
  # per-thread arenas were about 80 MB of asset-service's RSS (issue 3's limit is 400 MB).
  start_process "$name" "$log" "$GA_ROOT" env MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" SERVER_PORT="$port" "$@" \
    java $(java_opts "$module") -jar "$jar"
  ga_register proc "$name" "$GA_LAST_PID"
  GA_APPS+=("$name $GA_LAST_PID $log")
}
GA_APPS=()

# wait_healthy <name> <url> [timeout-seconds]: until <url> answers 200; returns 1 (after showing the
# log) on time-out or when the process dies.
wait_healthy() {
  local name=$1 url=$2 timeout=${3:-${APP_START_TIMEOUT:-240}} start=$SECONDS log pid
  log=$GA_LOGS/$name.log
  until [[ $(http_code "$url") == 200 ]]; do
    if ! pid=$(recorded_pid "$name"); then
      show_log "$log" 30
      printf 'ERROR: %s stopped while starting; see %s\n' "$name" "$log" >&2
      return 1
    fi
    if ((SECONDS - start > timeout)); then
      show_log "$log" 30
      printf 'ERROR: %s not ready within %ss (%s is not 200); see %s\n' "$name" "$timeout" "$url" "$log" >&2
      return 1
    fi
    sleep 2
  done
  step "$name is ready ($url)"
}

# start_suite <log-suffix> <db-suffix> <gateway> <management> <asset> <budget> <agenda> <workflow> [NAME=value...]
# Starts the four services and the gateway with the environment of docs/configuration.md.
start_suite() {
  local lsuf=$1 dsuf=$2 gw=$3 mgmt=$4 asset=$5 budget=$6 agenda=$7 wf=$8
  shift 8
  local urls=(ASSET_SERVICE_URL="http://localhost:$asset" BUDGET_SERVICE_URL="http://localhost:$budget"
    AGENDA_SERVICE_URL="http://localhost:$agenda" WORKFLOW_SERVICE_URL="http://localhost:$wf")
  require_free_ports "$gw" "$mgmt" "$asset" "$budget" "$agenda" "$wf"
  start_app asset-service "$asset" "$lsuf" DB_NAME="groenagenda_asset$dsuf" "${urls[@]}" "$@"
  start_app budget-service "$budget" "$lsuf" DB_NAME="groenagenda_budget$dsuf" "${urls[@]}" "$@"
  start_app agenda-service "$agenda" "$lsuf" DB_NAME="groenagenda_agenda$dsuf" "${urls[@]}" "$@"
  start_app workflow "$wf" "$lsuf" DB_NAME="groenagenda_workflow$dsuf" "${urls[@]}" "$@"
  start_app gateway "$gw" "$lsuf" MANAGEMENT_PORT="$mgmt" "${urls[@]}" "$@"
}

# wait_suite <log-suffix> <gateway-management> <asset> <budget> <agenda> <workflow>: returns 1 on failure
wait_suite() {
  local lsuf=$1 mgmt=$2
  step "waiting until all five applications are ready (/actuator/health/readiness = 200)"
  wait_healthy "asset-service$lsuf" "http://localhost:$3/actuator/health/readiness" &&
    wait_healthy "budget-service$lsuf" "http://localhost:$4/actuator/health/readiness" &&
    wait_healthy "agenda-service$lsuf" "http://localhost:$5/actuator/health/readiness" &&
    wait_healthy "workflow$lsuf" "http://localhost:$6/actuator/health/readiness" &&
    wait_healthy "gateway$lsuf" "http://127.0.0.1:$mgmt/actuator/health/readiness"
}

# show_app_logs [lines]: the tail of every application log this script started.
show_app_logs() {
  local lines=${1:-30} entry name pid log
  for entry in "${GA_APPS[@]}"; do
    read -r name pid log <<<"$entry"
    show_log "$log" "$lines"
  done
}
