#!/usr/bin/env bash
# Runs the whole test suite: starts a throwaway PostgreSQL server for the storage tests (installing PostgreSQL
# from Debian's packages first when running as root and it is missing), runs every test project, stops the
# server, and ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf 'test.sh: %s\n' "$*" >&2; }

install_if_missing() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  # The web application's browser tests drive Debian's Chromium through Playwright (no browser download).
  [ -x /usr/bin/chromium ] || need+=(chromium fonts-liberation)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing: ${need[*]} (run as root to install them, or install them yourself); their tests will skip or fail"
    return 0
  fi
  log "installing ${need[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
}

install_if_missing

work=$(mktemp -d -t zicht-test-XXXXXX)
[ "$(id -u)" = 0 ] && chmod 755 "$work"
cleanup() { scripts/postgres.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

if pg=$(scripts/postgres.sh start "$work/pg"); then
  export ZICHT_TEST_POSTGRES="$pg"
  log "PostgreSQL for the tests: ${pg%%;Username*}"
else
  log "could not start PostgreSQL (see $work/pg/*.log); its tests will skip here and fail in CI"
  cat "$work/pg/"*.log >&2 2>/dev/null || true
fi

# Tests never touch the user's own development keys or demo database.
export ZICHT_KEYS_FILE="$work/keys.json"
export ZICHT_DB="$work/default.db"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -x /usr/bin/chromium ] && export ZICHT_CHROMIUM=/usr/bin/chromium

dotnet test --solution Zicht.slnx "$@" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}

# The runner's summary is one block per run; take its last counts.
count() { grep -E "^\s+$1: [0-9]+" "$work/test.log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then
  # A build error or a crashed test host counts no test as failed; the run failed all the same.
  log "dotnet test exited with $status"
  failed=1
fi
summary="$passed passed, $failed failed"
[ "$skipped" != 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$status" = 0 ] && [ "$failed" = 0 ]
