#!/usr/bin/env bash
# Back-test benchmark: fills a fresh Parley with about 100,000 comments posted through the filter, then
# back-tests a draft rule over all of them and prints how long the replay took (the aim: under a minute).
# Usage: ./mvnw -B package -DskipTests && src/bench/backtest.sh [comments]
# Needs wrk and curl; loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."
wanted=${1:-100000}
port=18082
data=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
source src/bench/parley.sh

start_parley $port "$data" -Xmx256m
bench_article $port

count() { curl -sf -u admin:bench-password "http://127.0.0.1:$port/api/moderation/counts" \
  | tr -d '{}"' | tr ',' '\n' | grep -v REPORTED | cut -d: -f2 | paste -sd+ | bc; }
echo "== posting comments until there are $wanted"
while [ "$(count)" -lt "$wanted" ]; do
  wrk -t2 -c16 -d10s -s src/bench/post-comment.lua "http://127.0.0.1:$port/api/articles/bench/comments" \
    | grep -E "Requests/sec"
done
total=$(count)
echo "stored comments: $total"

rule='{"name":"bench-draft","description":"Draft under test","type":"TERMS","category":"offtopic","score":5,"mode":"ENFORCE","params":{"terms":["drawdown"]}}'
start=$(date +%s.%N)
id=$(curl -sf -u admin:bench-password -H 'Content-Type: application/json' \
  -d "{\"rule\": $rule, \"days\": 1, \"limit\": $total}" "http://127.0.0.1:$port/api/rules/backtests" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
while true; do
  job=$(curl -sf -u admin:bench-password "http://127.0.0.1:$port/api/rules/backtests/$id")
  case "$job" in *'"state":"DONE"'*|*'"state":"FAILED"'*) break ;; esac
  sleep 0.2
done
end=$(date +%s.%N)
echo "$job" | grep -o '"checked":[0-9]*\|"newlyHeld":[0-9]*\|"state":"[A-Z]*"'
echo "back-test of $total comments took $(echo "$end - $start" | bc) s"
