#!/usr/bin/env bash
# The README's first command: a real mail through Ses.Wrapper, no AWS account needed.
#   bash samples/demo.sh
# Needs the .NET 10 SDK and Node.js. It installs the local SES emulator (aws-ses-v2-local, npm ci in test/emulator),
# starts it on a free loopback port, runs the ASP.NET Core sample (samples/Ses.Wrapper.Sample.Web, which calls
# services.AddSes()) pointed at it, POSTs a mail with a small text attachment to the sample's /mail (so it goes out as
# raw MIME through SendRawEmail), shows what the emulator received (its /store)
# and stops both processes, also on failure or Ctrl-C.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -t 1 ]; then say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }; else say() { printf '\n==> %s\n' "$*"; }; fi
die() { printf 'demo: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is required"
command -v node >/dev/null || die "Node.js (node, npm) is required"
command -v npm >/dev/null || die "npm is required"

logs=$(mktemp -d)
emulator_pid=""
app_pid=""
stop() {
  local pid
  for pid in "$app_pid" "$emulator_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
cleanup() {
  local status=$?
  stop
  if [ "$status" -ne 0 ]; then
    for f in "$logs"/*.log; do [ -s "$f" ] && { echo "--- $(basename "$f")" >&2; tail -n 40 "$f" >&2; }; done
  fi
  rm -rf "$logs"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})'; }

# Waits until GET $1 answers with any HTTP status (or, with $2=ok, a 2xx), while process $3 is alive.
wait_http() {
  node -e '
    const [url, want, pid] = process.argv.slice(1);
    const deadline = Date.now() + 90000;
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    (async () => {
      while (Date.now() < deadline) {
        if (!alive()) { console.error(`process ${pid} exited`); process.exit(1); }
        try { const r = await fetch(url); if (want !== "ok" || r.ok) process.exit(0); } catch {}
        await new Promise(r => setTimeout(r, 200));
      }
      console.error(`no answer from ${url}`); process.exit(1);
    })();' "$1" "$2" "$3"
}

say "Installing the SES emulator (npm ci in test/emulator)"
if [ ! -f test/emulator/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  (cd test/emulator && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "already installed"
fi

emulator_port=$(free_port)
emulator_url="http://127.0.0.1:$emulator_port"
say "Starting the SES emulator on $emulator_url"
node test/emulator/node_modules/aws-ses-v2-local/dist/cli.js --host 127.0.0.1 --port "$emulator_port" >"$logs/emulator.log" 2>&1 &
emulator_pid=$!
wait_http "$emulator_url/health-check" ok "$emulator_pid" || die "the emulator did not start"
echo "emulator pid $emulator_pid"

say "Building the ASP.NET Core sample (samples/Ses.Wrapper.Sample.Web)"
dotnet build samples/Ses.Wrapper.Sample.Web/Ses.Wrapper.Sample.Web.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >"$logs/build.log" 2>&1 \
  || { cat "$logs/build.log" >&2; die "the build failed"; }

app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
say "Starting the sample on $app_url (Development settings, Ses:ServiceUrl=$emulator_url)"
(
  cd samples/Ses.Wrapper.Sample.Web
  ASPNETCORE_ENVIRONMENT=Development Ses__ServiceUrl="$emulator_url" \
    exec dotnet bin/Release/net10.0/Ses.Wrapper.Sample.Web.dll --urls "$app_url"
) >"$logs/sample.log" 2>&1 &
app_pid=$!
wait_http "$app_url/" any "$app_pid" || die "the sample app did not start"
echo "sample pid $app_pid"

say "POST $app_url/mail"
mail_json='{
  "to": ["\"Jane Doe\" <jane@example.com>"],
  "cc": ["team@example.com"],
  "replyTo": ["support@example.com"],
  "subject": "Hello from Ses.Wrapper 👋",
  "textBody": "Hi Jane,\n\nthis mail went through services.AddSes() and ISesService.SendAsync.\n\nGrüße!",
  "htmlBody": "<p>Hi Jane,</p><p>this mail went through <code>services.AddSes()</code> and <code>ISesService.SendAsync</code>.</p><p>Grüße!</p>",
  "attachments": [{"fileName": "hello.txt", "contentBase64": "SGVsbG8gZnJvbSBTZXMuV3JhcHBlciEKVGhpcyBmaWxlIHRyYXZlbGxlZCBhcyBhIE1JTUUgYXR0YWNobWVudCAoU2VuZFJhd0VtYWlsKS4K"}]
}'
echo "$mail_json"
APP_URL="$app_url" EMULATOR_URL="$emulator_url" MAIL_JSON="$mail_json" node -e '
  (async () => {
    const sent = await fetch(`${process.env.APP_URL}/mail`, {
      method: "POST", headers: { "content-type": "application/json" }, body: process.env.MAIL_JSON });
    const answer = await sent.text();
    console.log(`\n<== HTTP ${sent.status} ${answer}`);
    if (!sent.ok) process.exit(1);
    const { messageId } = JSON.parse(answer);

    const store = await (await fetch(`${process.env.EMULATOR_URL}/store`)).json();
    const mail = store.emails.find(m => m.messageId === messageId);
    if (!mail) { console.error(`mail ${messageId} is not in the emulator store`); process.exit(1); }
    const list = a => (a && a.length ? a.join(", ") : "-");
    console.log("\n==> What arrived at the SES emulator (GET /store)");
    console.log(`MessageId: ${mail.messageId}`);
    console.log(`Received:  ${new Date(mail.at * 1000).toISOString()}`);
    console.log(`From:      ${mail.from}`);
    console.log(`To:        ${list(mail.destination.to)}`);
    console.log(`Cc:        ${list(mail.destination.cc)}`);
    console.log(`Bcc:       ${list(mail.destination.bcc)}`);
    console.log(`Reply-To:  ${list(mail.replyTo)}`);
    console.log(`Subject:   ${mail.subject}`);
    console.log(`--- text body ---\n${mail.body.text ?? "(none)"}`);
    console.log(`--- html body ---\n${mail.body.html ?? "(none)"}`);
    for (const a of mail.attachments ?? []) {
      const bytes = Buffer.from(a.content, "base64");
      console.log(`--- attachment ${a.filename} (${a.contentType}, ${bytes.length} bytes) ---`);
      console.log(a.contentType.startsWith("text/") ? bytes.toString("utf8").trimEnd() : "(binary)");
    }
  })().catch(e => { console.error(e); process.exit(1); });'

say "Stopping the sample and the emulator"
stop
node -e '
  const net = require("net");
  const open = p => new Promise(r => { const c = net.connect(Number(p), "127.0.0.1", () => { c.destroy(); r(true); }); c.on("error", () => r(false)); });
  Promise.all(process.argv.slice(1).map(open)).then(o => { if (o.some(Boolean)) { console.error("a port is still listening"); process.exit(1); } });' \
  "$emulator_port" "$app_port" || die "something is still listening"
echo "stopped (pids $app_pid and $emulator_pid); ports $emulator_port and $app_port are closed."
echo
echo "Next: bash test/run-tests.sh   # every test, with the emulator started and stopped by itself"
