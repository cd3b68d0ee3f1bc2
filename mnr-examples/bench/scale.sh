#!/bin/sh
# mnr4j at scale, end to end: generates synthetic cohorts (the embedded cohort's 42 made-up
# jurisdictions repeated under new ids) of 1,000, 3,800 and 100,000 responses as a cohort
# document (.json) and as JSON Lines (.jsonl), never committed; runs `mnr tally` on each
# under /usr/bin/time with a 256 MB heap; runs the same Figure 1 counts with Python's json
# module and, where Python has the duckdb package, with DuckDB's read_json on the JSON Lines;
# checks that every tool printed the same counts; times the floor of any reader built on
# Jackson's streaming parser (TokenPass: a fresh JVM passing over the JSON Lines' tokens on every
# core); runs the tool through its launcher too (bin/mnr: an archive trained on its first run,
# the parallel collector); from 100,000 responses up, times `mnr compare` of a round with itself
# and `mnr rank` (which keep a few bytes a jurisdiction) and `mnr migrate` through the shipped
# survey crosswalk (which streams); and prints wall time, peak memory and
# ratios.
#
#   mnr-examples/bench/scale.sh [--million] [WORK_DIR]
#
# Build first (mvn -B -ntp -q package -DskipTests). --million adds 1,000,000 responses of JSON
# Lines (about 2 GB) and the ratio of its time to 100,000's. PYTHON names the interpreter for
# the baselines (default python3); `python3 -m venv v && v/bin/pip install duckdb` gives one
# with DuckDB; JAVA_HOME, the JDK (default: java on the PATH). Each run is timed three times and
# the fastest kept. The side-by-side JMH ratios are another command (see the README's
# Performance section).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/mnr.jar"
launcher="$here/../bin/mnr"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
python="${PYTHON:-python3}"
million=no
if [ "${1:-}" = "--million" ]; then million=yes; shift; fi
work="${1:-${TMPDIR:-/tmp}/mnr4j-scale}"
mkdir -p "$work"
[ -f "$jar" ] || { echo "scale.sh: build first: mvn -B -ntp -q package -DskipTests" >&2; exit 2; }
command -v /usr/bin/time > /dev/null || { echo "scale.sh: needs /usr/bin/time" >&2; exit 2; }

duckdb=no
if "$python" -c "import duckdb" 2> /dev/null; then duckdb=yes; fi

# The launcher's first run trains its archive: here, before anything is timed.
XDG_CACHE_HOME="$work/launcher-cache" "$launcher" --version > /dev/null

sizes="1000 3800 100000"
[ "$million" = yes ] && sizes="$sizes 1000000"

# best RUNS "command...": runs a command three times, output to $work/out, and sets $secs and
# $mb to the fastest run's wall time and that run's peak resident memory.
best() {
  secs=; mb=
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out"
    read -r s kb < "$work/time"
    if [ -z "$secs" ] || awk "BEGIN { exit !($s < $secs) }"; then
      secs=$s; mb=$(( kb / 1024 ))
    fi
  done
}

# row FORM LABEL [VS_DUCKDB VS_PYTHON]: prints the last run's row.
row() {
  printf '%-10s %-6s %-16s %8s %8s %9s %9s\n' "$n" "$1" "$2" "$secs" "$mb" "${3:-}" "${4:-}"
}

# tally_row LABEL COMMAND...: times a tally of $work/cohort-$n.$form, checks its counts against
# the baselines' and prints its row.
tally_row() {
  label=$1; shift
  best "$@" tally "$work/cohort-$n.$form" --format tsv
  if [ -f "$work/expected" ]; then
    mnr_counts | cmp -s - "$work/expected" || { echo "$label: the counts differ" >&2; exit 1; }
  fi
  row "$form" "$label" "$(ratio "$duck")" "$(ratio "$py")"
}

# ratio BASE: the last run's time over BASE's, or - when there is no BASE.
ratio() { if [ -n "$1" ]; then awk "BEGIN { printf \"%.2f\", $secs / $1 }"; else echo -; fi; }

# mnr_counts, base_counts: the yes, no and unanswered columns of the last run's output (a tally's
# table after its header and its "# " comment lines, which say that the data are synthetic).
mnr_counts() { awk -F'\t' '/^# / { next } ++rows > 1 { print $3, $4, $5 }' "$work/out"; }
base_counts() { awk -F'\t' '{ print $2, $3, $4 }' "$work/out"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"\
  "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "java: $("$java" -version 2>&1 | head -1)"
echo "python: $("$python" --version 2>&1)$( [ "$duckdb" = yes ] && "$python" -c \
  "import duckdb; print(', duckdb', duckdb.__version__)" || echo ', no duckdb')"
echo
printf '%-10s %-6s %-16s %8s %8s %9s %9s\n' responses input tool seconds peak_MB vs_duckdb \
  vs_python
for n in $sizes; do
  for form in jsonl json; do
    [ "$n" = 1000000 ] && [ "$form" = json ] && continue
    file="$work/cohort-$n.$form"
    [ -f "$file" ] || "$java" -cp "$jar" io.github.mnr4j.examples.bench.GenerateCohort "$n" "$file"
  done
  duck=; py=
  if [ "$duckdb" = yes ]; then
    best "$python" "$here/figure1.py" duckdb "$work/cohort-$n.jsonl"
    duck=$secs; base_counts > "$work/expected"
    row jsonl duckdb
  fi
  if [ "$n" != 1000000 ]; then
    best "$python" "$here/figure1.py" python "$work/cohort-$n.json"
    py=$secs
    [ -f "$work/expected" ] && [ "$duckdb" = yes ] || base_counts > "$work/expected"
    base_counts | cmp -s - "$work/expected" || { echo "python's counts differ" >&2; exit 1; }
    row json python-json
  fi
  # The floor for any reader built on Jackson's streaming parser: a fresh JVM passing over every
  # token of the JSON Lines on every core, building nothing.
  best "$java" -Xmx256m -cp "$jar" io.github.mnr4j.examples.bench.TokenPass "$work/cohort-$n.jsonl"
  row jsonl "jackson tokens" "$(ratio "$duck")" "$(ratio "$py")"
  for form in jsonl json; do
    [ "$n" = 1000000 ] && [ "$form" = json ] && continue
    tally_row "mnr tally" "$java" -Xmx256m -jar "$jar"
    [ "$form" = jsonl ] && eval "mnr_$n=$secs"
    tally_row "bin/mnr tally" env XDG_CACHE_HOME="$work/launcher-cache" MNR_JAVA_OPTS=-Xmx256m \
      "$launcher"
  done
  # Comparisons and rankings keep a few bytes a jurisdiction, not the cohort: a round compared
  # with itself, and a ranking (200 weight draws, the most Ranker.MAX_RANKS allows 100,000).
  if [ "$n" -ge 100000 ]; then
    best "$java" -Xmx256m -jar "$jar" compare "$work/cohort-$n.jsonl" "$work/cohort-$n.jsonl" \
      --format tsv
    row jsonl "mnr compare"
  fi
  # Migration streams: each response migrated and written as it is read.
  if [ "$n" -ge 100000 ]; then
    best "$java" -Xmx256m -jar "$jar" migrate \
      --crosswalk "$here/../crosswalks/survey-crosswalk.json" \
      --end "$here/../crosswalks/next-survey.json" "$work/cohort-$n.jsonl" \
      --output "$work/migrated-$n.jsonl" --report "$work/report.json" --report-format json
    row jsonl "mnr migrate"
    rm -f "$work/migrated-$n.jsonl"
  fi
  if [ "$n" = 100000 ]; then
    best "$java" -Xmx256m -jar "$jar" rank "$work/cohort-$n.jsonl" --draws 200 --format tsv
    row jsonl "mnr rank"
  fi
  rm -f "$work/expected"
done
if [ "$million" = yes ]; then
  echo
  echo "1,000,000 / 100,000 time ratio: $(awk "BEGIN { printf \"%.1f\", $mnr_1000000 / $mnr_100000 }")"
fi
echo
echo "every tool printed the same Figure 1 counts"
