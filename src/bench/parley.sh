# Sourced by the bench scripts: starts the packaged Parley on a fresh or given data dir, captcha and rate
# limits off (load tests), and waits until it is ready. Sets $pid. A PostgreSQL build (-Ppostgresql) needs
# use_database first.
#   start_parley PORT DATA_DIR [JVM options...]
start_parley() {
  local port=$1 data=$2
  shift 2
  mkdir -p "$data"
  PARLEY_DATA_DIR="$data" PARLEY_CAPTCHA_ENABLED=false PARLEY_RATE_LIMIT_ENABLED=false \
    PARLEY_ADMIN_PASSWORD=bench-password QUARKUS_HTTP_PORT=$port \
    java "$@" -jar target/quarkus-app/quarkus-run.jar >> "$data/parley.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && return 0
    sleep 0.25
  done
  echo "Parley did not start; see $data/parley.log" >&2
  exit 1
}

# Creates the benchmark article (slug "bench") through the admin API.
bench_article() {
  curl -sf -u admin:bench-password -H 'Content-Type: application/json' \
    -d '{"title": "Benchmark article", "body": "Body.\n\nMore body.", "slug": "bench"}' \
    "http://127.0.0.1:$1/api/articles" > /dev/null
}

# Posts N clean comments to the benchmark article, one after another.
#   seed_comments PORT N
seed_comments() {
  local port=$1 n=$2 i
  for i in $(seq 1 "$n"); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"userName\": \"Reader $i\", \"text\": \"Comment $i: a sentence or two about the article, as readers write them, with a view on what happens next.\"}" \
      "http://127.0.0.1:$port/api/articles/bench/comments"
  done
}

# The database the packaged jar was built for: h2, or postgresql (./mvnw -B package -DskipTests -Ppostgresql).
jar_db_kind() {
  unzip -p target/quarkus-app/app/*.jar META-INF/microprofile-config.properties 2>/dev/null \
    | sed -n 's/^quarkus\.datasource\.db-kind=//p'
}

# For a PostgreSQL build, a throw-away PostgreSQL (.ci/postgres: a temporary folder, loopback, synchronous
# commit on) unless QUARKUS_DATASOURCE_JDBC_URL already names one; stop_database ends it.
#   use_database STATE_DIR PORT
use_database() {
  [[ $(jar_db_kind) == postgresql && -z ${QUARKUS_DATASOURCE_JDBC_URL:-} ]] || return 0
  export PARLEY_PG_STATE="$1/postgres.state"
  QUARKUS_DATASOURCE_JDBC_URL=$(.ci/postgres start "$2")
  export QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME=parley QUARKUS_DATASOURCE_PASSWORD=parley
  echo "PostgreSQL at $QUARKUS_DATASOURCE_JDBC_URL"
}

stop_database() {
  if [[ -n ${PARLEY_PG_STATE:-} ]]; then
    .ci/postgres stop
  fi
}
