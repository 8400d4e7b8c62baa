#!/usr/bin/env bash
# Runs the examples as CI does: starts `monty serve` on a free loopback port, runs the C# and the
# Node.js agent loops against it, and compares each one's output with agent-loop/expected.txt
# (the same file for both: the protocol is language-neutral). Exit status 0 = both passed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
node_dir="$root/tests/interop/node"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[ -d "$node_dir/node_modules" ] || (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/Monty.Cli/Monty.Cli.csproj" -c Release -nologo -v quiet
dotnet build "$here/agent-loop/csharp/AgentLoop.csproj" -c Release -nologo -v quiet

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
log="$(mktemp)"
out="$(mktemp)"
dotnet "$root/src/Monty.Cli/bin/Release/net10.0/monty.dll" serve --address 127.0.0.1 --port "$port" >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -f "$log" "$out"
}
trap cleanup EXIT

if ! node "$node_dir/client.js" --wait-health "127.0.0.1:$port" 60; then
  echo "examples: monty serve did not become healthy; its log:" >&2
  cat "$log" >&2
  exit 1
fi

status=0
check() {
  local name="$1"
  shift
  if ! timeout 60 "$@" >"$out" 2>&1; then
    echo "examples: $name failed:" >&2
    cat "$out" >&2
    status=1
  elif ! diff -u "$here/agent-loop/expected.txt" "$out"; then
    echo "examples: $name output differs from agent-loop/expected.txt (above)" >&2
    status=1
  else
    echo "examples: $name OK"
  fi
}
check "C# agent loop" dotnet "$here/agent-loop/csharp/bin/Release/net10.0/AgentLoop.dll" "http://127.0.0.1:$port"
check "Node.js agent loop" env NODE_PATH="$node_dir/node_modules" node "$here/agent-loop/node/agent.js" "127.0.0.1:$port"
exit $status
