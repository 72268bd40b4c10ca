#!/usr/bin/env bash
# Directory search benchmark: Essaim with N synthetic providers against nginx
# serving a static page of the same size, each pinned to the same core, the
# load generator on the other. Prints requests per second, latencies and the
# ratio. Usage: bench/run.sh [N] [SECONDS] [BINARY]   (defaults: 10000
# providers, 20 s, the release build; another binary compares two builds)
# Needs: a release build (cargo build --release), wrk and nginx
# (apt-get install wrk nginx-light), two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
seconds=${2:-20}
out=bench/out
bin=${3:-target/release/essaim}
server_core=0
load_core=1
rm -rf "$out" && mkdir -p "$out/nginx"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }

echo "== $count synthetic providers"
"$bin" demo-data --count "$count" --seed 1 > "$out/providers.json"
"$bin" import prestataires "$out/providers.json" --data-dir "$out/data" --log warn

port=18080
taskset -c "$server_core" "$bin" serve --data-dir "$out/data" --listen 127.0.0.1:$port --log warn &
essaim_pid=$!
trap 'kill $essaim_pid 2>/dev/null || true; [ -f "$out/nginx/nginx.pid" ] && kill "$(cat "$out/nginx/nginx.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

# The static page: the first query's answer, byte for byte the same size.
curl -sf "http://127.0.0.1:$port/annuaire?q=formation+nextcloud&pres_de=Ploun%C3%A9our-M%C3%A9nez&rayon=50&taille=sans-salarie" > "$out/nginx/page.html"
size=$(wc -c < "$out/nginx/page.html")
total=0
for path in $(grep -o '"/annuaire?[^"]*"' bench/queries.lua | tr -d '"'); do
  total=$((total + $(curl -sf "http://127.0.0.1:$port$path" | wc -c)))
done
echo "page sizes: first query $size bytes, mean of the mix $((total / 12)) bytes"

# nginx as Debian deploys it (its /etc/nginx/nginx.conf: sendfile and
# tcp_nopush on, gzip on for clients that ask, which wrk does not), with
# one worker on the server's core.
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
    listen 127.0.0.1:18081;
    location / { root $PWD/$out/nginx; try_files /page.html =404; default_type text/html; }
  }
}
CONF
taskset -c "$server_core" nginx -c "$PWD/$out/nginx/nginx.conf"
sleep 0.5

run_wrk() { taskset -c "$load_core" wrk -t1 -c16 -d"${seconds}s" --latency "$@"; }
echo "== warm-up"
run_wrk -s bench/queries.lua "http://127.0.0.1:$port" >/dev/null
echo "== Essaim: 12 French queries with facets and proximity"
run_wrk -s bench/queries.lua "http://127.0.0.1:$port" | tee "$out/essaim.txt"
echo "== Essaim, one connection (latency: the budget's p99)"
taskset -c "$load_core" wrk -t1 -c1 -d"${seconds}s" --latency -s bench/queries.lua "http://127.0.0.1:$port" | tee "$out/essaim-one.txt"
echo "== nginx: static page of $size bytes"
run_wrk "http://127.0.0.1:18081/annuaire" | tee "$out/nginx.txt"

essaim_rps=$(awk '/Requests\/sec/ {print $2}' "$out/essaim.txt")
nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$out/nginx.txt")
rss=$(awk '/VmRSS/ {print $2}' "/proc/$essaim_pid/status")
echo "== summary"
echo "essaim: $essaim_rps req/s, p99 $(awk '/ 99%/ {print $2}' "$out/essaim.txt") (16 connections), p99 $(awk '/ 99%/ {print $2}' "$out/essaim-one.txt") with one connection"
echo "nginx:  $nginx_rps req/s, p99 $(awk '/ 99%/ {print $2}' "$out/nginx.txt")"
echo "ratio essaim/nginx: $(awk -v a="$essaim_rps" -v b="$nginx_rps" 'BEGIN {printf "%.2f", a / b}')"
echo "essaim resident memory after the load: $((rss / 1024)) MB"
