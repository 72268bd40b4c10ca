#!/usr/bin/env bash
# Forum benchmark: Essaim with a generated forum of N topics of twenty posts
# (5,000 topics, 100,000 posts by default), pinned to one core, wrk on the
# other. Topic pages: p99 with one connection (budget 5 ms) and the rate
# against nginx serving a static page of the same size (budget >= 0.15);
# search: p99 with one connection (budget 20 ms). Prints page sizes too.
# Usage: bench/forum.sh [TOPICS] [SECONDS] [BINARY]. Needs a release build,
# wrk and nginx (apt-get install wrk nginx-light), two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
topics=${1:-5000}
seconds=${2:-20}
bin=${3:-target/release/essaim}
out=bench/out/forum
rm -rf "$out" && mkdir -p "$out/nginx"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }

echo "== generating $topics topics"
time "$bin" demo-data --forum "$topics" --seed 1 --data-dir "$out/data" --log warn
port=18084
taskset -c 0 "$bin" serve --data-dir "$out/data" --listen 127.0.0.1:$port --log warn &
pid=$!
trap 'kill $pid 2>/dev/null || true; [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

echo "== page sizes (bytes: plain, compressed as a browser asks)"
for path in /communaute /communaute/t/1 /communaute/t/2500 "/communaute/recherche?q=nextcloud"; do
  echo "$(curl -sf "http://127.0.0.1:$port$path" | wc -c) $(curl -sf -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$path" | wc -c) $path"
done
curl -sf "http://127.0.0.1:$port/communaute/t/1" > "$out/nginx/page.html"
size=$(wc -c < "$out/nginx/page.html")

cat > "$out/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $PWD/$out/nginx/nginx.pid;
error_log $PWD/$out/nginx/error.log;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  gzip on;
  access_log off;
  server {
    listen 127.0.0.1:18085;
    location / { root $PWD/$out/nginx; try_files /page.html =404; default_type text/html; }
  }
}
CONF
taskset -c 0 nginx -c "$PWD/$out/nginx/nginx.conf"
sleep 0.5

export FORUM_TOPICS=$topics
one() { taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency "$@"; }
echo "== warm-up"
taskset -c 1 wrk -t1 -c1 -d5s -s bench/forum_topics.lua "http://127.0.0.1:$port" >/dev/null
echo "== topic pages, one connection"
one -s bench/forum_topics.lua "http://127.0.0.1:$port" | tee "$out/topics.txt"
echo "== topic pages, 16 connections"
taskset -c 1 wrk -t1 -c16 -d"${seconds}s" --latency -s bench/forum_topics.lua "http://127.0.0.1:$port" | tee "$out/topics16.txt"
echo "== nginx: static page of $size bytes, 16 connections"
taskset -c 1 wrk -t1 -c16 -d"${seconds}s" --latency "http://127.0.0.1:18085/t" | tee "$out/nginx.txt"
echo "== search, one connection"
one -s bench/forum_search.lua "http://127.0.0.1:$port" | tee "$out/search.txt"

rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
essaim_rps=$(awk '/Requests\/sec/ {print $2}' "$out/topics16.txt")
nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$out/nginx.txt")
echo "== summary"
echo "topic page: p99 $(awk '/ 99%/ {print $2}' "$out/topics.txt") with one connection; $essaim_rps req/s with 16, nginx $nginx_rps: ratio $(awk -v a="$essaim_rps" -v b="$nginx_rps" 'BEGIN {printf "%.2f", a / b}')"
echo "search: p99 $(awk '/ 99%/ {print $2}' "$out/search.txt") with one connection"
echo "resident memory after the load: $((rss / 1024)) MB"
