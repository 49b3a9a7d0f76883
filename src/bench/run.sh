#!/usr/bin/env bash
# Load benchmarks against a locally built Parley (loopback only, bounded in time):
#   1. the article page with 200 published comments (the page shows 50 of them),
#   2. comments posted through the filter (after a warm-up), each acknowledged after its commit.
# Usage: ./mvnw -B package -DskipTests && src/bench/run.sh [seconds]
#   On PostgreSQL: build with -Ppostgresql; the script starts a throw-away PostgreSQL (or uses the one that
#   QUARKUS_DATASOURCE_JDBC_URL names).
#   JVM options from PARLEY_JAVA_OPTS (default -Xmx160m), e.g. those of src/bench/idle.sh to see what the
#   small footprint costs.
# Needs wrk (apt-get install wrk). Prints wrk's summary for each run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
port=18080
data=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null || true; stop_database; rm -rf "$data"' EXIT
source src/bench/parley.sh
use_database "$data" 55443

# shellcheck disable=SC2086 # options are words
start_parley $port "$data" ${PARLEY_JAVA_OPTS:--Xmx160m}
bench_article $port
seed_comments $port 200
echo "page size: $(curl -s "http://127.0.0.1:$port/articles/bench" | wc -c) bytes"

echo "== GET /articles/bench (200 comments), 32 connections, ${seconds}s"
wrk -t2 -c32 -d"${seconds}s" "http://127.0.0.1:$port/articles/bench"
# A site that has been up a while has compiled the filter's paths; a cold JIT halves the first seconds' rate.
wrk -t2 -c16 -d10s -s src/bench/post-comment.lua "http://127.0.0.1:$port/api/articles/bench/comments" > /dev/null
echo "== POST /api/articles/bench/comments, 16 connections, ${seconds}s, after a 10 s warm-up"
wrk -t2 -c16 -d"${seconds}s" -s src/bench/post-comment.lua "http://127.0.0.1:$port/api/articles/bench/comments"
echo "== idle memory after the runs (RSS of the Parley process)"
sleep 2
grep VmRSS "/proc/$pid/status"
