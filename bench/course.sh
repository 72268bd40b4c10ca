#!/usr/bin/env bash
# Course benchmark: Essaim with its demonstration (the course "Mener la
# transition numérique de son association"), pinned to one core, wrk on
# the other, one connection reading every page of the course, as a visitor
# and as a signed-in member. Budgets (quality.md, issue 17): p99 <= 5 ms
# with one connection; a lesson page <= 60 KB transferred, with its
# stylesheet and images.
# Usage: bench/course.sh [SECONDS] [BINARY]. Needs a release build and wrk
# (apt-get install wrk), two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bin=${2:-target/release/essaim}
out=bench/out/course
rm -rf "$out" && mkdir -p "$out"
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
port=18088
url="http://127.0.0.1:$port"
taskset -c 0 "$bin" serve --demo --data-dir "$out/data" --listen 127.0.0.1:$port --log warn &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.1; done

course=crates/server/src/demo/course/transition-numerique
units=$(for f in "$course"/*/[0-9]*.md; do basename "$f" .md | sed 's/^[0-9]*-//'; done)
export UNITS="$units"

echo "== each lesson page as a browser loads it (bytes transferred, compressed as a browser asks)"
gz() { curl -sf -H 'Accept-Encoding: br, gzip' "$url$1" | wc -c; }
css=$(curl -sf "$url/parcours" | grep -o '/static/style[^"]*\.css' | head -1)
css_bytes=$(gz "$css")
heaviest=0
for slug in $units; do
  path=/parcours/transition-numerique/$slug
  page=$(curl -sf "$url$path")
  html=$(gz "$path")
  images=0
  for image in $(printf '%s' "$page" | grep -o '/parcours/transition-numerique/fichiers/[^"]*' | sort -u); do
    images=$((images + $(gz "$image")))
  done
  total=$((html + css_bytes + images))
  [ "$total" -gt "$heaviest" ] && heaviest=$total
  echo "$total = page $html + stylesheet $css_bytes + images $images  $path"
done

echo "== visitor, one connection"
taskset -c 1 wrk -t1 -c1 -d5s -s bench/course_pages.lua "$url" >/dev/null
taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency -s bench/course_pages.lua "$url" | tee "$out/visitor.txt"

echo "== member, one connection"
jar="$out/cookies"
token=$(curl -sf -c "$jar" -b "$jar" "$url/connexion" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -sf -o /dev/null -c "$jar" -b "$jar" -H "Origin: $url" \
  --data-urlencode "csrf_token=$token" --data-urlencode "email=membre@essaim.example" \
  --data-urlencode "password=ruche-de-demonstration" "$url/connexion"
session=$(awk '$6 == "essaim_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
export COOKIE="essaim_session=$session"
taskset -c 1 wrk -t1 -c1 -d5s -s bench/course_pages.lua "$url" >/dev/null
taskset -c 1 wrk -t1 -c1 -d"${seconds}s" --latency -s bench/course_pages.lua "$url" | tee "$out/member.txt"

rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "== summary"
echo "heaviest lesson page: $((heaviest / 1024)) KB transferred with its stylesheet and images (budget 60 KB)"
echo "course pages, visitor: p99 $(awk '/ 99%/ {print $2}' "$out/visitor.txt"), $(awk '/Requests\/sec/ {print $2}' "$out/visitor.txt") requests a second"
echo "course pages, member: p99 $(awk '/ 99%/ {print $2}' "$out/member.txt"), $(awk '/Requests\/sec/ {print $2}' "$out/member.txt") requests a second"
echo "resident memory after the load: $((rss / 1024)) MB"
