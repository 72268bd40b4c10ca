#!/usr/bin/env bash
# Catalogue pages benchmark: Essaim with N synthetic providers (who host and
# support the tools), one connection, pinned to one core with wrk on the
# other; then an association's public choices page, on the demonstration. Prints each page's size (plain and compressed as browsers ask)
# and the latencies of the mix; the budget is p99 <= 5 ms and 60 KB
# transferred. Usage: bench/catalogue.sh [N] [SECONDS] [BINARY] (defaults:
# 10000 providers, 20 s, the release build). Needs wrk and two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
seconds=${2:-20}
bin=${3:-target/release/essaim}
out=bench/out/catalogue
rm -rf "$out" && mkdir -p "$out"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }

"$bin" demo-data --count "$count" --seed 1 > "$out/providers.json"
"$bin" import prestataires "$out/providers.json" --data-dir "$out/data" --log warn
port=18082
taskset -c 0 "$bin" serve --data-dir "$out/data" --listen 127.0.0.1:$port --log warn &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

echo "== page sizes (bytes: plain, brotli as a browser asks)"
for path in $(grep -o '"/catalogue[^"]*"' bench/catalogue.lua | tr -d '"'); do
  plain=$(curl -sf "http://127.0.0.1:$port$path" | wc -c)
  packed=$(curl -sf -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$path" | wc -c)
  echo "$plain $packed $path"
done
echo "== warm-up"
taskset -c 1 wrk -t1 -c1 -d5s -s bench/catalogue.lua "http://127.0.0.1:$port" >/dev/null
echo "== one connection"
taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency -s bench/catalogue.lua "http://127.0.0.1:$port" | tee "$out/one.txt"
echo "== summary: p99 $(awk '/ 99%/ {print $2}' "$out/one.txt") with one connection, $(awk '/Requests\/sec/ {print $2}' "$out/one.txt") req/s"

echo "== an association's public choices (the demonstration's data)"
kill $pid 2>/dev/null || true
demo_port=18083
taskset -c 0 "$bin" serve --demo --data-dir "$out/demo" --listen 127.0.0.1:$demo_port --log warn &
demo_pid=$!
trap 'kill $demo_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$demo_port/healthz" >/dev/null && break; sleep 0.1; done
choices=/associations/monnaie-locale-du-pays-de-rance/choix
echo "$(curl -sf "http://127.0.0.1:$demo_port$choices" | wc -c) $(curl -sf -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$demo_port$choices" | wc -c) $choices"
taskset -c 1 wrk -t1 -c1 -d5s "http://127.0.0.1:$demo_port$choices" >/dev/null
taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$demo_port$choices" | tee "$out/choices.txt"
echo "== summary: p99 $(awk '/ 99%/ {print $2}' "$out/choices.txt") with one connection"
