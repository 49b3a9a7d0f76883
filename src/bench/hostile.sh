#!/usr/bin/env bash
# Load check: 32 concurrent posters send only hostile texts (src/bench/post-hostile.lua) for 20 s while one
# reader fetches the article page. The reader's p99 should stay under 100 ms and every post be answered
# (no timeouts in wrk's "Socket errors"). Loopback only, bounded in time.
# Usage: ./mvnw -B package -DskipTests && src/bench/hostile.sh [seconds]
# Needs wrk (apt-get install wrk) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
port=18081
data=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
source src/bench/parley.sh

# shellcheck disable=SC2086 # options are words
start_parley $port "$data" ${PARLEY_JAVA_OPTS:--Xmx160m}
bench_article $port
seed_comments $port 100
# Warm the JIT on both paths first, as a site that has been up a while is.
wrk -t1 -c4 -d5s -s src/bench/post-hostile.lua "http://127.0.0.1:$port/api/articles/bench/comments" > /dev/null
wrk -t1 -c4 -d3s "http://127.0.0.1:$port/articles/bench" > /dev/null

echo "== POST hostile texts, 32 connections, ${seconds}s, while one reader fetches the page"
wrk -t1 -c32 -d"${seconds}s" --timeout 5s -s src/bench/post-hostile.lua \
  "http://127.0.0.1:$port/api/articles/bench/comments" > "$data/posters.txt" &
posters=$!
echo "== GET /articles/bench by one reader meanwhile"
src/bench/reader.py "http://127.0.0.1:$port/articles/bench" "$seconds"
wait $posters
echo "== the posters"
cat "$data/posters.txt"
held=$(grep -c "ran out of its" "$data/parley.log" || true)
echo "budget warnings in the log: $held (at most one a minute per step)"
