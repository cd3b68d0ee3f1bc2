#!/bin/bash
# mnr serve under load and under a crash, on loopback (issue 28): not part of the build.
#
#   mnr-examples/bench/serve-load.sh [h2|postgres] [WORK_DIR]
#
# 1. Load: wrk (Debian's package) with 100 connections on 2 threads for 30 s, first on a
#    response's form page (GET; the page of its largest section, Policy and Governance, since the
#    form has a page per section), then on draft saves (POST of one section's fields, each made on
#    the version its response is at, over 400 responses so that no two connections save the same
#    one at once). Prints
#    wrk's latency distribution; the goals are a form page's p99 under 50 ms and a draft save's
#    p99 under 100 ms. Each is measured twice: from a server just started (cold), then after
#    WARMUP seconds (default 60) of the same load unmeasured (warm: a server that has run a while,
#    its hot paths compiled, as JMH warms up before it measures). The warm-up saves go to 400
#    responses of their own, so that the measured saves start from version 1 as the cold ones do.
# 2. Crash: 8 clients save drafts as fast as they can, each on a response of its own, and note
#    every version the server acknowledged (its X-Mnr-Version header on a 200); after 5 s the
#    server is killed with SIGKILL, started again on the same database, and every acknowledged
#    version is read back. Any acknowledged save missing fails the script.
#
# h2 (the default) uses a fresh H2 file under WORK_DIR; postgres uses MNR_BENCH_POSTGRES_URL
# (default: .ci/run's mnr_test database), each run in a fresh schema. Build first
# (mvn -B -ntp -q install -DskipTests). wrk and the server share the machine's cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/mnr.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
kind="${1:-h2}"
work="${2:-${TMPDIR:-/tmp}/mnr4j-serve-load}"
[[ -f "$jar" ]] || { echo "serve-load.sh: build first: mvn -B -ntp -q install -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve-load.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"

case "$kind" in
  h2) database="jdbc:h2:file:$work/db/mnr-serve" ;;
  postgres)
    base="${MNR_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/mnr_test?user=mnr_test&password=mnr_test}"
    schema="serve_load_$$"
    PGPASSWORD=mnr_test psql -q -h 127.0.0.1 -U mnr_test mnr_test -c "CREATE SCHEMA $schema"
    database="$base&currentSchema=$schema"
    ;;
  *) echo "serve-load.sh: give h2 or postgres, not $kind" >&2; exit 2 ;;
esac

port=18080
site="http://127.0.0.1:$port"
server=""
start_server() {
  "$java" -XX:+UseParallelGC -jar "$jar" serve --port "$port" --database "$database" >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do
    if curl -fs -o /dev/null "$site/assets/mnr.css"; then return 0; fi
    sleep 0.1
  done
  echo "serve-load.sh: the server did not start; see $work/server.log" >&2
  exit 1
}
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null || true' EXIT

start_server
# The page's forgery token, from its cookie; every POST carries it as cookie and field.
curl -fs -c "$work/cookies" -o /dev/null "$site/"
token=$(awk '$6 == "mnr_csrf" {print $7}' "$work/cookies")

# Starts a response; prints its id.
new_response() {
  curl -fs -o /dev/null -w '%{redirect_url}' -b "mnr_csrf=$token" \
    --data "mnr_csrf=$token&jurisdiction-id=C$1&jurisdiction-name=Country+$1" "$site/responses" \
    | sed 's|.*/responses/||'
}

warmup="${WARMUP:-60}"
echo "== Load: $kind, $(nproc) cores, $(date -u +%Y-%m-%d)"
# The form page's response, which no save changes; then three sets of 400 responses: the cold
# saves', the warm-up saves' and the warm saves'.
form="$site/responses/$(new_response 0)?section=policy-governance"
cold=() warming=() warm=()
for n in $(seq 1 400); do cold+=("$(new_response "$n")"); done
for n in $(seq 401 800); do warming+=("$(new_response "$n")"); done
for n in $(seq 801 1200); do warm+=("$(new_response "$n")"); done

# save_script FILE ID...: a wrk script that saves those 400 responses in turn.
save_script() {
  local file=$1
  shift
  {
    echo "local ids = {"
    for id in "$@"; do echo "  \"$id\","; done
    echo "}"
    echo "local token = \"$token\""
    cat <<'LUA'
-- Thread t saves responses t*200+1 .. t*200+200 in turn, each on the version it is at: with 50
-- connections a thread, a response's previous save has long been answered when its next is sent.
local threads = 0
function setup(thread)
  thread:set("offset", threads * 200)
  threads = threads + 1
end
function init(args)
  sent = 0
  versions = {}
end
function request()
  local i = offset + (sent % 200) + 1
  sent = sent + 1
  local version = versions[i] or 1
  versions[i] = version + 1
  return wrk.format("POST", "/responses/" .. ids[i], {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "mnr_csrf=" .. token,
  }, "mnr_csrf=" .. token .. "&based-on=" .. version
     .. "&action=save&section=policy-governance&answer-q7=yes&answer-q9=no")
end
LUA
  } >"$file"
}
save_script "$work/save-cold.lua" "${cold[@]}"
save_script "$work/save-warming.lua" "${warming[@]}"
save_script "$work/save-warm.lua" "${warm[@]}"

echo "-- Cold: GET a response's form page, its largest section (wrk -t2 -c100 -d30s)"
wrk -t2 -c100 -d30s --latency "$form" | tee "$work/form-cold.txt"
echo "-- Cold: POST a draft save (wrk -t2 -c100 -d30s; a non-2xx count would be refused saves)"
wrk -t2 -c100 -d30s --latency -s "$work/save-cold.lua" "$site" | tee "$work/save-cold.txt"
echo "-- Warming up: the same loads for ${warmup} s each, not measured"
wrk -t2 -c100 -d"${warmup}s" "$form" >/dev/null
wrk -t2 -c100 -d"${warmup}s" -s "$work/save-warming.lua" "$site" >/dev/null
echo "-- Warm: GET a response's form page, its largest section (wrk -t2 -c100 -d30s)"
wrk -t2 -c100 -d30s --latency "$form" | tee "$work/form-warm.txt"
echo "-- Warm: POST a draft save (wrk -t2 -c100 -d30s; a non-2xx count would be refused saves)"
wrk -t2 -c100 -d30s --latency -s "$work/save-warm.lua" "$site" | tee "$work/save-warm.txt"

echo "== Crash: 8 clients saving, SIGKILL after 5 s, restart, every acknowledged save read back"
crash=()
for n in $(seq 1 8); do crash+=("$(new_response "9$n")"); done
save_loop() { # save_loop INDEX ID: saves until the server is gone, noting acknowledged versions
  local version=1 acked
  while true; do
    acked=$(curl -s -o /dev/null -D - -b "mnr_csrf=$token" \
      --data "mnr_csrf=$token&based-on=$version&action=save&answer-q4=save+$version" \
      "$site/responses/$2" | tr -d '\r' | awk 'tolower($1) == "x-mnr-version:" {print $2}') || true
    [[ -n "$acked" ]] || break
    echo "$acked" >>"$work/acked-$1"
    version=$acked
  done
}
loops=()
for n in $(seq 0 7); do save_loop "$n" "${crash[$n]}" & loops+=($!); done
sleep 5
kill -9 "$server"
wait "$server" 2>/dev/null || true
wait "${loops[@]}" 2>/dev/null || true
start_server
acknowledged=0
missing=0
for n in $(seq 0 7); do
  [[ -f "$work/acked-$n" ]] || continue
  while read -r version; do
    acknowledged=$((acknowledged + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' "$site/responses/${crash[$n]}?version=$version")
    if [[ "$status" != "200" ]]; then
      missing=$((missing + 1))
      echo "lost: response ${crash[$n]} version $version (acknowledged, now $status)" >&2
    fi
  done <"$work/acked-$n"
done
echo "acknowledged saves: $acknowledged; missing after SIGKILL and restart: $missing"
[[ "$acknowledged" -gt 0 && "$missing" -eq 0 ]]
