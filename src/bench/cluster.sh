#!/usr/bin/env bash
# Two Parley nodes on one PostgreSQL behind nginx, as a site with several nodes runs (loopback only, bounded
# in time):
#   1. the article page (200 comments) and comments posted through the filter, both through the balancer;
#   2. durability and failover: writers post through the balancer while one node is killed with kill -9; every
#      acknowledged comment must be there afterwards, and the other node answers throughout.
# Usage: ./mvnw -B package -DskipTests -Ppostgresql && src/bench/cluster.sh [seconds]
# Needs wrk, nginx and PostgreSQL's server (apt-get install wrk nginx-light postgresql); the PostgreSQL is a
# throw-away one (.ci/postgres), or the one QUARKUS_DATASOURCE_JDBC_URL names.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
source src/bench/parley.sh
if [[ $(jar_db_kind) != postgresql ]]; then
  echo "target/quarkus-app is not a PostgreSQL build: run ./mvnw -B package -DskipTests -Ppostgresql" >&2
  exit 2
fi
command -v nginx > /dev/null || { echo "needs nginx (apt-get install nginx-light)" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work"
balancer=18090
ports=(18091 18092)
pids=()
cleanup() {
  kill -9 "${pids[@]}" 2>/dev/null || true
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  stop_database
  rm -rf "$work"
}
trap cleanup EXIT
use_database "$work" 55446

# What every node of one site shares (README, "Running several nodes"); each has its own data dir.
PARLEY_SECRET=$(head -c 24 /dev/urandom | base64)
QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$(head -c 24 /dev/urandom | base64)
export PARLEY_SECRET QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY PARLEY_BASE_URL=http://127.0.0.1:$balancer
# The balancer is the only client the nodes see; the reader's address comes in X-Forwarded-For.
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
for i in 0 1; do
  # shellcheck disable=SC2086 # options are words
  start_parley "${ports[$i]}" "$work/node-$i" ${PARLEY_JAVA_OPTS:--Xmx160m}
  pids+=("$pid")
done

mkdir -p "$work/nginx"
chmod 777 "$work/nginx"
# The balancer of docker/compose.yml, pointed at the two local nodes, with its files in the work folder.
{
  echo "worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log warn;"
  sed -e "s|parley-a:8080|127.0.0.1:${ports[0]}|; s|parley-b:8080|127.0.0.1:${ports[1]}|" \
    -e "s|listen 80;|listen 127.0.0.1:$balancer;|" \
    -e "s|^http {|http { client_body_temp_path $work/nginx/b; proxy_temp_path $work/nginx/p; fastcgi_temp_path $work/nginx/f; uwsgi_temp_path $work/nginx/u; scgi_temp_path $work/nginx/s;|" \
    docker/nginx.conf
} > "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf"
url=http://127.0.0.1:$balancer

bench_article $balancer
seed_comments $balancer 200
echo "page size: $(curl -s "$url/articles/bench" | wc -c) bytes"
# Both nodes, nginx, wrk and PostgreSQL share this machine's cores: the figures are what failover costs on one
# box, not what two machines would serve.
wrk -t2 -c32 -d10s "$url/articles/bench" > /dev/null
echo "== GET /articles/bench (200 comments) through nginx to 2 nodes, 32 connections, ${seconds}s, after a 10 s warm-up"
wrk -t2 -c32 -d"${seconds}s" "$url/articles/bench"
# Each node compiles the filter's paths for itself: with two JVMs on two cores that takes longer than with one.
wrk -t2 -c16 -d30s -s src/bench/post-comment.lua "$url/api/articles/bench/comments" > /dev/null
echo "== POST /api/articles/bench/comments through nginx to 2 nodes, 16 connections, ${seconds}s, after a 30 s warm-up"
wrk -t2 -c16 -d"${seconds}s" -s src/bench/post-comment.lua "$url/api/articles/bench/comments"

echo "== kill -9 of node 0 while 4 writers post through nginx"
curl -sf -u admin:bench-password -H 'Content-Type: application/json' \
  -d '{"title": "Durability", "body": "The troop drawdown in Iraq.", "slug": "durability"}' "$url/api/articles" > /dev/null
killed_at=$(( $(date +%s%N) + 2000000000 + RANDOM * 60000 ))
stop_at=$(( killed_at + 5000000000 ))
writer() {
  local w=$1 i=0 body code
  while (( $(date +%s%N) < stop_at )); do
    i=$((i + 1))
    body=$(curl -s -m 5 -w '\n%{http_code}' -H 'Content-Type: application/json' \
      -d "{\"userName\": \"Writer $w\", \"text\": \"Durable comment $w-$i about the troop drawdown.\"}" \
      "$url/api/articles/durability/comments" 2>/dev/null) || body=$'\n000'
    code=${body##*$'\n'}
    echo "$(date +%s%N) $code $w-$i $(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<< "${body%$'\n'*}")" >> "$work/answers-$w"
  done
}
writers=()
for w in 1 2 3 4; do
  writer "$w" &
  writers+=($!)
done
while (( $(date +%s%N) < killed_at )); do sleep 0.05; done
kill -9 "${pids[0]}"
echo "node 0 killed"
wait "${writers[@]}"
cat "$work"/answers-* > "$work/answers"

published=$(curl -s "http://127.0.0.1:${ports[1]}/api/articles/durability/comments")
acknowledged=0 missing=0
while read -r _ code tag id; do
  [[ $code == 201 ]] || continue
  acknowledged=$((acknowledged + 1))
  grep -q "\"id\":$id,\"userName\":\"Writer ${tag%%-*}\",\"text\":\"Durable comment $tag about" <<< "$published" \
    || { echo "MISSING: comment $id ($tag)"; missing=$((missing + 1)); }
done < "$work/answers"
before=$(awk -v k="$killed_at" '$1 < k' "$work/answers" | wc -l)
failed_before=$(awk -v k="$killed_at" '$1 < k && $2 != 201' "$work/answers" | wc -l)
after=$(awk -v k="$killed_at" '$1 >= k' "$work/answers" | wc -l)
failed_after=$(awk -v k="$killed_at" '$1 >= k && $2 != 201' "$work/answers" | wc -l)
echo "answers before the kill: $before ($failed_before not 201); after it: $after ($failed_after not 201:" \
  "posts that were on node 0 when it died)"
echo "$acknowledged acknowledged, $missing missing"
[[ $missing -eq 0 ]]
