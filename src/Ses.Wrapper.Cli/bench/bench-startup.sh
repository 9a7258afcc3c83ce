#!/usr/bin/env bash
# Start-up bench of the ses tool: how long `ses --help` and `ses quota` take from start to exit, for three builds:
#   framework-dependent  what `dotnet tool install` gives (JIT, shared runtime)
#   trimmed+R2R          self-contained, trimmed, composite ReadyToRun (precompiled; JIT only for what R2R misses)
#   native-aot           Native AOT (no JIT, no runtime start-up)
# `ses quota` talks to a local endpoint (127.0.0.1, free port) that answers the recorded GetSendQuota fixture, so the
# figure is start-up + one signed SES request + output, without the network.
#
# Usage: bash src/Ses.Wrapper.Cli/bench/bench-startup.sh [RUNS]        (RUNS per command, default 20)
# Env:   BENCH_RID (default linux-x64), BENCH_OUT (default src/Ses.Wrapper.Cli/bin/bench),
#        BENCH_BUILDS (default "framework-dependent trimmed+R2R native-aot"),
#        SES_BUILD_LOCK (a file to flock around each dotnet publish, when builds must not overlap).
# Needs python3 (the endpoint). Uses hyperfine when it is installed (apt-get install hyperfine), else a timing loop.
set -euo pipefail
runs=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
project="$root/src/Ses.Wrapper.Cli/Ses.Wrapper.Cli.csproj"
fixtures="$root/test/Ses.Wrapper.Tests/Fixtures"
out=${BENCH_OUT:-$root/src/Ses.Wrapper.Cli/bin/bench}
rid=${BENCH_RID:-linux-x64}
builds=${BENCH_BUILDS:-"framework-dependent trimmed+R2R native-aot"}
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
log() { printf '==> %s\n' "$*" >&2; }

publish() { # name, extra publish arguments...
  local name=$1; shift
  local dir="$out/$name"
  log "publishing $name"
  local lock=()
  if [ -n "${SES_BUILD_LOCK:-}" ]; then lock=(flock "$SES_BUILD_LOCK"); fi
  if "${lock[@]}" dotnet publish "$project" -c Release -nologo -v quiet -o "$dir" "$@" >"$work/$name.log" 2>&1; then
    log "$name: $(grep -cE 'warning (IL[0-9]+|SYSLIB)' "$work/$name.log" || true) trimming/AOT warnings"
    echo "$dir/ses"
  else
    log "$name did not build; skipped (see below)"; tail -20 "$work/$name.log" >&2
    echo ""
  fi
}

# The local SES endpoint and a credentials file with dummy keys.
python3 "$here/fake-ses-server.py" "$fixtures" "$work/port" &
server_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.05; done
[ -s "$work/port" ] || { log "the local endpoint did not start"; exit 1; }
endpoint="http://127.0.0.1:$(cat "$work/port")"
creds="$work/credentials"
printf 'AWSAccessKeyId=BENCH0EXAMPLE0KEY0ID\nAWSSecretKey=bench-dummy-secret\nRegion=us-east-1\n' >"$creds"
chmod 600 "$creds"

declare -A binary
for build in $builds; do
  case "$build" in
    framework-dependent) binary[$build]=$(publish "$build") ;;
    trimmed+R2R) binary[$build]=$(publish "$build" -r "$rid" --self-contained -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    native-aot) binary[$build]=$(publish "$build" -r "$rid" -p:PublishAot=true) ;;
    *) log "unknown build $build"; exit 2 ;;
  esac
done

measure() { # binary, args... -> prints "mean median min" in ms
  local bin=$1; shift
  "$bin" "$@" >/dev/null 2>&1 || { echo "failed failed failed"; return; }
  if command -v hyperfine >/dev/null; then
    local cmd
    cmd=$(printf '%q ' "$bin" "$@")
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" "$cmd" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.0f %.0f %.0f" % (r["mean"]*1000, r["median"]*1000, r["min"]*1000))' "$work/h.json"
  else
    for _ in 1 2 3; do "$bin" "$@" >/dev/null 2>&1; done
    : >"$work/times"
    for _ in $(seq 1 "$runs"); do
      local start end
      start=$(date +%s%N); "$bin" "$@" >/dev/null 2>&1; end=$(date +%s%N)
      echo $(( (end - start) / 1000 )) >>"$work/times"
    done
    python3 -c 'import statistics,sys; t=[int(l)/1000 for l in open(sys.argv[1])]; print("%.0f %.0f %.0f" % (statistics.mean(t), statistics.median(t), min(t)))' "$work/times"
  fi
}

tool=$(command -v hyperfine >/dev/null && echo "hyperfine $(hyperfine --version | awk '{print $2}')" || echo "date +%s%N loop")
echo
echo "ses start-up, start to exit, $runs runs each ($tool; $(nproc) cores; $(uname -m)); milliseconds: mean / median / min"
echo
echo "| build | size (no symbols/docs) | ses --help | ses quota --endpoint-url (local) -k |"
echo "| --- | --- | --- | --- |"
for build in $builds; do
  bin=${binary[$build]}
  if [ -z "$bin" ]; then echo "| $build | did not build | | |"; continue; fi
  size=$(du -ch --exclude='*.pdb' --exclude='*.dbg' --exclude='*.xml' "$(dirname "$bin")" | tail -1 | cut -f1)
  read -r hm hmed hmin < <(measure "$bin" --help)
  read -r qm qmed qmin < <(measure "$bin" quota --endpoint-url "$endpoint" -k "$creds")
  echo "| $build | $size | $hm / $hmed / $hmin | $qm / $qmed / $qmin |"
done
