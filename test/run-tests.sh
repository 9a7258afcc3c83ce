#!/usr/bin/env bash
# Runs every test of Ses.Wrapper: unit, wire, CLI, sample and end-to-end tests against a local SES emulator.
# Usage: bash test/run-tests.sh [extra dotnet test arguments]
# Starts the emulator (aws-ses-v2-local, installed with npm ci) on a free loopback port, stops it afterwards even
# when tests fail, and ends with a line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

log() { printf '==> %s\n' "$*" >&2; }

emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill "$emulator_pid" 2>/dev/null
    wait "$emulator_pid" 2>/dev/null
  fi
}
trap cleanup EXIT INT TERM

if [ -f test/emulator/package.json ]; then
  log "installing the SES emulator (npm ci)"
  (cd test/emulator && npm ci --no-audit --no-fund --loglevel=error) >&2 || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
  log "starting the SES emulator on 127.0.0.1:$port"
  node test/emulator/node_modules/aws-ses-v2-local/dist/cli.js --host 127.0.0.1 --port "$port" >"${TMPDIR:-/tmp}/ses-emulator-$port.log" 2>&1 &
  emulator_pid=$!
  healthy() { node -e 'require("http").get(process.argv[1], r => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1))' "http://127.0.0.1:$port/health-check"; }
  for _ in $(seq 1 100); do
    if healthy; then break; fi
    sleep 0.1
  done
  healthy || { log "the emulator did not start"; cat "${TMPDIR:-/tmp}/ses-emulator-$port.log" >&2; echo "0 passed, 1 failed"; exit 1; }
  export SES_EMULATOR_URL="http://127.0.0.1:$port"
fi

log "building"
dotnet build Ses.Wrapper.sln -c Release -nologo -v quiet >&2 || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

log "testing"
out=$(mktemp)
dotnet test Ses.Wrapper.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}

passed=$(grep -oE 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
rm -f "$out"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
