#!/usr/bin/env bash
# Library benchmark: Essaim with a generated library of N published
# resources (5,000 by default), pinned to one core, wrk on the other, one
# connection over ten searches as people type them (words without accents,
# facets, sorts, pages). Budget (quality.md): p99 <= 5 ms with one
# connection. Prints page sizes and memory too.
# Usage: bench/library.sh [RESOURCES] [SECONDS] [BINARY]. Needs a release
# build and wrk (apt-get install wrk), two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
resources=${1:-5000}
seconds=${2:-20}
bin=${3:-target/release/essaim}
out=bench/out/library
rm -rf "$out" && mkdir -p "$out"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }

echo "== generating $resources resources"
time "$bin" demo-data --library "$resources" --seed 1 --data-dir "$out/data" --log warn
port=18087
taskset -c 0 "$bin" serve --data-dir "$out/data" --listen 127.0.0.1:$port --log warn &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

echo "== page sizes (bytes: plain, compressed as a browser asks)"
for path in /ressources "/ressources?q=messagerie" "/ressources?theme=sobriete&format=guide&tri=titre"; do
  echo "$(curl -sf "http://127.0.0.1:$port$path" | wc -c) $(curl -sf -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$path" | wc -c) $path"
done

echo "== warm-up"
taskset -c 1 wrk -t1 -c1 -d5s -s bench/library_search.lua "http://127.0.0.1:$port" >/dev/null
echo "== searches, one connection"
taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency -s bench/library_search.lua "http://127.0.0.1:$port" | tee "$out/search.txt"

rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "== summary"
echo "library search: p99 $(awk '/ 99%/ {print $2}' "$out/search.txt") with one connection, $(awk '/Requests\/sec/ {print $2}' "$out/search.txt") requests a second"
echo "resident memory after the load: $((rss / 1024)) MB"
