#!/usr/bin/env bash
# Durability check: comments acknowledged with 201 must survive kill -9 of the server.
# Several writers post comments while the server is killed at a random moment, then it is restarted on the
# same data dir and every acknowledged comment id is looked up. Loopback only, bounded: CYCLES kills.
# Usage: ./mvnw -B package -DskipTests && src/bench/kill9.sh [cycles]
#   On PostgreSQL: build with -Ppostgresql (a throw-away PostgreSQL is started, as in run.sh). Two nodes
#   behind a balancer: src/bench/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
cycles=${1:-5}
port=18081
data=$(mktemp -d)
acks="$data/acks.txt"
: > "$acks"
pid=
trap 'kill -9 $pid 2>/dev/null || true; stop_database; rm -rf "$data"' EXIT

source src/bench/parley.sh
use_database "$data" 55444
start() {
  start_parley $port "$data"
}

writer() {
  local w=$1
  for i in $(seq 1 100000); do
    body=$(curl -s -m 5 -w '\n%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"userName\": \"Writer $w\", \"text\": \"Durable comment $w-$i about the troop drawdown.\"}" \
      "http://127.0.0.1:$port/api/articles/us-to-withdraw-troops-from-iraq/comments" 2>/dev/null) || return 0
    [[ ${body##*$'\n'} == 201 ]] || return 0
    id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<< "${body%$'\n'*}")
    echo "$id $w-$i" >> "$acks"
  done
}

for c in $(seq 1 "$cycles"); do
  start
  for w in 1 2 3 4; do writer "$w" & done
  sleep "$(awk 'BEGIN { srand(); printf "%.2f", 1 + rand() * 3 }')"
  kill -9 "$pid"
  wait 2>/dev/null || true
  echo "cycle $c: killed after $(wc -l < "$acks") acknowledged comments in total"
done

start
published=$(curl -s "http://127.0.0.1:$port/api/articles/us-to-withdraw-troops-from-iraq/comments")
missing=0
while read -r id tag; do
  grep -q "\"id\":$id,\"userName\":\"Writer ${tag%%-*}\",\"text\":\"Durable comment $tag about" <<< "$published" \
    || { echo "MISSING: comment $id ($tag)"; missing=$((missing + 1)); }
done < "$acks"
echo "$(wc -l < "$acks") acknowledged, $missing missing"
[[ $missing -eq 0 ]]
