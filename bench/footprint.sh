#!/usr/bin/env bash
# Footprint of the release binary: stripped size, time from start to the
# first served page, resident memory at idle after a few requests (SQLite,
# demonstration data). Usage: bench/footprint.sh [BINARY] (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/essaim}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
dir=$(mktemp -d)
port=18090
echo "binary: $(stat -c %s "$bin") bytes ($(( $(stat -c %s "$bin") / 1024 / 1024 )) MiB, stripped by the release profile)"

# First start creates and fills the database; measure the next starts.
"$bin" serve --demo --data-dir "$dir" --listen 127.0.0.1:$port --log warn &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.05; done
kill -TERM $pid; wait $pid || true

for run in 1 2 3; do
  start=$(date +%s%N)
  "$bin" serve --data-dir "$dir" --listen 127.0.0.1:$port --log warn &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.002; done
  end=$(date +%s%N)
  echo "start to first page (run $run): $(( (end - start) / 1000000 )) ms"
  if [ "$run" -lt 3 ]; then kill -TERM $pid; wait $pid || true; fi
done

for path in / /annuaire "/annuaire?q=formation&pres_de=35000&rayon=50" /annuaire/export.csv /api/v1/prestataires /healthz; do
  curl -sf -o /dev/null "http://127.0.0.1:$port$path"
done
sleep 2
echo "resident memory at idle after a few requests: $(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/$pid/status) MB"
for path in / /annuaire "/annuaire/$(curl -sf "http://127.0.0.1:$port/api/v1/prestataires" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)"; do
  echo "transferred for $path (gzip): $(curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path" | wc -c) bytes"
done
kill -TERM $pid; wait $pid || true
rm -rf "$dir"
