#!/usr/bin/env bash
# Idle memory: the resident set of a started Parley that has served its home page and articles once, then sat
# still, with the small-footprint options (README → Benchmarks). Measured twice: without and with a
# class-data-sharing archive (made by a first run with -XX:ArchiveClassesAtExit, as a site would once per
# release), which keeps class metadata in a compact mapped file instead of building it on the heap of the JVM.
# Usage: ./mvnw -B package -DskipTests && src/bench/idle.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18082
data=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
source src/bench/parley.sh

SMALL=(-Xmx96m -Xms16m -Xmn8m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=24m -Xss256k)
export MALLOC_ARENA_MAX=2

visit() {
  curl -sf -o /dev/null "http://127.0.0.1:$port/"
  curl -sf -o /dev/null "http://127.0.0.1:$port/articles/us-to-withdraw-troops-from-iraq"
}

measure() {
  local label=$1
  shift
  start_parley $port "$data" "$@"
  visit
  sleep 15
  echo "$label: $(awk '/VmRSS|RssAnon|RssFile/ { printf "%s %d MiB  ", $1, $2 / 1024 }' /proc/$pid/status)"
  kill $pid
  wait $pid 2>/dev/null || true
}

measure "small options" "${SMALL[@]}"

start_parley $port "$data" -XX:ArchiveClassesAtExit="$data/parley.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${SMALL[@]}"
visit
kill $pid
wait $pid 2>/dev/null || true

measure "small options + CDS archive" -XX:SharedArchiveFile="$data/parley.jsa" "${SMALL[@]}"
