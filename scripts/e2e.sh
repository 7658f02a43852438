#!/usr/bin/env bash
# End-to-end tests of the Isnad extension in a real VS Code (code-server = VS Code's workbench and server,
# opened in headless Chromium). `npm run test:e2e` on a fresh clone:
#   1. setup      tools into .cache/e2e (or $ISNAD_E2E_CACHE), skipped when already there (scripts/e2e/setup.sh)
#   2. package    npm run package -> isnad-<version>.vsix, installed into a fresh extensions dir
#   3. server     code-server on 127.0.0.1:<free port>, all state in a per-run temp dir, stopped on exit
#   4. UI suite   test/e2e/ui.mjs: Problems panel, hover, Speakers view, click -> selection; screenshots
#   5. API suite  test/vscode/suite via test/vscode/run-code-server.mjs (extensionTestsPath)
# Exits non-zero when any step fails. Screenshots and logs go to test-results/e2e/.
# Env: ISNAD_E2E_CACHE, ISNAD_E2E_KEEP=1 (keep the run dir), ISNAD_E2E_SELFCHECK=1 (also prove that a broken
#      expectation fails the API suite), ISNAD_E2E_EXTENSION_DIR (package/test another extension folder;
#      used to test this harness itself), ISNAD_E2E_ONLY=ui|api.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/e2e/lib.sh"
source "$HERE/e2e/setup.sh"   # defines the setup steps; runs nothing when sourced

EXT_DIR=${ISNAD_E2E_EXTENSION_DIR:-$E2E_REPO}
RESULTS=$E2E_REPO/test-results/e2e
FAILED=0
CS_PGID=
RUN_DIR=

cleanup() {
  local rc=$?
  if [ -n "$CS_PGID" ] && pgrep -g "$CS_PGID" > /dev/null 2>&1; then
    # The server's own process group: code-server, its extension hosts and their language servers.
    kill -TERM -- "-$CS_PGID" 2> /dev/null || true
    for _ in $(seq 1 40); do pgrep -g "$CS_PGID" > /dev/null 2>&1 || break; sleep 0.25; done
    kill -KILL -- "-$CS_PGID" 2> /dev/null || true
    echo "code-server (process group $CS_PGID) stopped"
  fi
  if [ -n "$RUN_DIR" ] && [ -d "$RUN_DIR" ]; then
    cp "$RUN_DIR/code-server.log" "$RESULTS/code-server.log" 2> /dev/null || true
    if [ "${ISNAD_E2E_KEEP:-}" = 1 ]; then echo "run dir kept: $RUN_DIR"; else rm -rf "$RUN_DIR"; fi
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
mkdir -p "$E2E_CACHE/logs" "$RESULTS"
rm -f "$RESULTS"/*.png "$RESULTS"/*.log
echo "cache: $E2E_CACHE   results: $RESULTS   extension: $EXT_DIR"
E2E_SETUP_QUIET_SUMMARY=1 e2e_setup || { print_summary; echo "setup failed" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------
RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/isnad-e2e.XXXXXX")
mkdir -p "$RUN_DIR"/{user-data/User,extensions,xdg/data,xdg/config,xdg/cache,tmp}
VERSION=$(node -p "require('$EXT_DIR/package.json').version")
NAME=$(node -p "require('$EXT_DIR/package.json').name")
VSIX=$EXT_DIR/$NAME-$VERSION.vsix

# cs ARGS...: the code-server CLI under Node 24, with this run's private dirs.
cs() {
  env XDG_DATA_HOME="$RUN_DIR/xdg/data" XDG_CONFIG_HOME="$RUN_DIR/xdg/config" XDG_CACHE_HOME="$RUN_DIR/xdg/cache" \
    TMPDIR="$RUN_DIR/tmp" "$N24" "$CS_ENTRY" --config "$RUN_DIR/config.yaml" \
    --user-data-dir "$RUN_DIR/user-data" --extensions-dir "$RUN_DIR/extensions" "$@"
}

package_step() {
  # A fresh clone has no node_modules yet: install the locked dependencies first.
  if [ "$EXT_DIR" = "$E2E_REPO" ] && { [ ! -x "$E2E_REPO/node_modules/.bin/vsce" ] || [ ! -x "$E2E_REPO/node_modules/.bin/esbuild" ]; }; then
    (cd "$E2E_REPO" && npm_q "$RUN_DIR/npm-ci.log" ci) || return 1
  fi
  rm -f "$VSIX"
  (cd "$EXT_DIR" && npm run package > "$RUN_DIR/package.log" 2>&1) || { tail -n 30 "$RUN_DIR/package.log"; return 1; }
  [ -f "$VSIX" ] || { echo "npm run package did not produce $VSIX"; tail -n 30 "$RUN_DIR/package.log"; return 1; }
  grep -i 'packaged' "$RUN_DIR/package.log" | tail -n 1
  : > "$RUN_DIR/config.yaml"   # an explicit empty config: nothing is written to ~/.config/code-server
  cs --install-extension "$VSIX" > "$RUN_DIR/install.log" 2>&1 || { cat "$RUN_DIR/install.log"; return 1; }
  cs --list-extensions --show-versions 2> /dev/null
}
step "package: npm run package + --install-extension" package_step || { print_summary; exit 1; }

# ---------------------------------------------------------------------------------------------------------
cat > "$RUN_DIR/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.hover.delay": 150,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "files.hotExit": "off",
  "window.restoreWindows": "none"
}
JSON
# Keys for the views and the report, so the UI test does not depend on command titles in the palette.
cat > "$RUN_DIR/user-data/User/keybindings.json" <<'JSON'
[
  { "key": "ctrl+alt+shift+i", "command": "isnad.showSpeakers" },
  { "key": "ctrl+alt+shift+w", "command": "isnad.workspaceSources.focus" },
  { "key": "ctrl+alt+shift+r", "command": "isnad.openWorkspaceReport" }
]
JSON

start_step() {
  PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  CS_URL=http://127.0.0.1:$PORT
  # setsid: its own process group (id = its pid), so cleanup stops exactly what was started here.
  # TMPDIR: the VS Code server puts its IPC sockets there.
  setsid env XDG_DATA_HOME="$RUN_DIR/xdg/data" XDG_CONFIG_HOME="$RUN_DIR/xdg/config" XDG_CACHE_HOME="$RUN_DIR/xdg/cache" \
    TMPDIR="$RUN_DIR/tmp" "$N24" "$CS_ENTRY" --config "$RUN_DIR/config.yaml" \
    --user-data-dir "$RUN_DIR/user-data" --extensions-dir "$RUN_DIR/extensions" \
    --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check --disable-workspace-trust \
    --vscode-option enable-smoke-test-driver "$E2E_REPO/test/e2e/workspace" \
    > "$RUN_DIR/code-server.log" 2>&1 < /dev/null &
  local pid=$!
  # setsid only forks when the caller leads its process group, which a background job of a script does not.
  CS_PGID=$pid
  local pgid
  pgid=$(ps -o pgid= -p "$pid" | tr -d ' ')
  [ "$pgid" = "$pid" ] || { echo "code-server did not get its own process group ($pgid vs $pid)"; CS_PGID=; kill "$pid"; return 1; }
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$CS_URL/healthz" && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.25
  done
  curl -fs -o /dev/null "$CS_URL/healthz" || { echo "code-server did not answer"; tail -n 30 "$RUN_DIR/code-server.log"; return 1; }
  echo "code-server $CS_URL (pid/pgid $pid)"
}
step "code-server: start on 127.0.0.1" start_step || { print_summary; exit 1; }
export CS_URL ISNAD_E2E_CACHE=$E2E_CACHE ISNAD_E2E_RUN_DIR=$RUN_DIR ISNAD_E2E_RESULTS=$RESULTS ISNAD_E2E_EXTENSION_DIR=$EXT_DIR

# ---------------------------------------------------------------------------------------------------------
only=${ISNAD_E2E_ONLY:-}
if [ -z "$only" ] || [ "$only" = ui ]; then
  step "UI suite: test/e2e/ui.mjs (installed VSIX)" node "$E2E_REPO/test/e2e/ui.mjs" || FAILED=$((FAILED + 1))
fi
if [ -z "$only" ] || [ "$only" = api ]; then
  step "API suite: test/vscode/suite in code-server" node "$E2E_REPO/test/vscode/run-code-server.mjs" || FAILED=$((FAILED + 1))
fi
if [ "${ISNAD_E2E_SELFCHECK:-}" = 1 ]; then
  # A deliberately broken expectation must make the suite exit non-zero; otherwise the harness is lying.
  expect_failure() {
    if ISNAD_TEST_DELIBERATE_FAIL=1 ISNAD_TEST_GREP="speakers tree" node "$E2E_REPO/test/vscode/run-code-server.mjs"; then
      echo "the suite passed with a broken expectation"; return 1
    fi
    echo "the broken expectation failed the suite, as it must"
  }
  step "self-check: a broken expectation fails the suite" expect_failure || FAILED=$((FAILED + 1))
fi

print_summary
if [ "$FAILED" -gt 0 ]; then echo "$FAILED suite(s) FAILED (screenshots and code-server.log in $RESULTS)"; exit 1; fi
echo "all end-to-end suites passed"
