#!/usr/bin/env bash
# Interop check: a Node.js client (@grpc/grpc-js + @grpc/proto-loader, loading protos/ at run
# time) drives a real server. Builds the server, starts it on a free loopback port, waits for
# grpc.health.v1 SERVING, runs node/client.js, compares its output with node/expected.txt and
# stops the server (SIGTERM: graceful shutdown). Needs dotnet, node and npm; exit status 0 = pass.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cd "$here/node"
npm ci --no-audit --no-fund --loglevel=error
dotnet build "$root/src/Monty.Grpc/Monty.Grpc.csproj" -c Release -nologo -v quiet
bin="$root/src/Monty.Grpc/bin/Release/net10.0"

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
log="$(mktemp)"
out="$(mktemp)"
(cd "$bin" && Monty__Address=127.0.0.1 Monty__Port="$port" exec dotnet Monty.Grpc.dll >"$log" 2>&1) &
server=$!
cleanup() {
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -f "$log" "$out"
}
trap cleanup EXIT

if ! node client.js --wait-health "127.0.0.1:$port" 60; then
  echo "interop: the server did not become healthy; its log:" >&2
  cat "$log" >&2
  exit 1
fi
if ! timeout 60 node client.js "127.0.0.1:$port" >"$out"; then
  echo "interop: client.js failed; its output, then the server log:" >&2
  cat "$out" "$log" >&2
  exit 1
fi
if ! diff -u expected.txt "$out"; then
  echo "interop: client output differs from node/expected.txt (above)" >&2
  exit 1
fi
echo "interop: node client OK against 127.0.0.1:$port"
