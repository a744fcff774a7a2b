#!/usr/bin/env bash
# Start-to-ready of the packaged app, several ways, each on a fresh data directory: plain `java -jar`, with the
# class-data-sharing archive the build makes (the README's run command), and on Java 25 (Temurin, if present)
# plain and with an ahead-of-time cache (JEP 483/514, -XX:AOTCache) made by one training start. The code and
# the build stay at Java 17; Java 25 only runs the same jar. Prints one line per start and a median per way,
# with the load average at each start (the machine is shared). The way "cds-restart" is the README's command on a
# data directory that an earlier start filled (the content already imported), as after a restart; it is not in the
# default WAYS. See docs/performance.md.
#
# Usage: bench/startup.sh            (RUNS=5 PORT=18090 JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64 WAYS="..." APP_DIR=...)
set -euo pipefail

RUNS=${RUNS:-5}
PORT=${PORT:-18090}
HEAP=${HEAP:--Xmx256m -XX:+UseParallelGC -XX:NewRatio=1}
READY_TIMEOUT=${READY_TIMEOUT:-180}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
WAYS=${WAYS:-"plain cds java25 java25-aot"}

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
APP=${APP_DIR:-"$ROOT/backend/target/app"}   # another build's app folder, to compare two builds
JAR="$APP/csr-academy.jar"
CDS="$APP/csr-academy.jsa"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/csr-startup.XXXXXX")
AOT="$WORK/csr-academy.aot"
PID=""

[[ -f "$JAR" && -f "$CDS" ]] || { echo "build first: mvn -B -DskipTests package (makes $JAR and $CDS)" >&2; exit 1; }

cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# the archive holds the app folder's absolute paths: a copied build (APP_DIR) gets one of its own (bench/cds.sh)
if [[ " $WAYS " == *" cds"* ]]; then
  # shellcheck source=bench/cds.sh
  source "$BENCH/cds.sh"
  CDS_STATE=$(cds_for_folder java "$JAR" "$CDS" "$WORK" "$WORK/cds-training.log") || exit 1
  echo "cds: the class-data-sharing archive of $APP: $CDS_STATE" >&2
fi

java_of() { case $1 in java25*) echo "$JAVA25/bin/java" ;; *) echo java ;; esac; }
flags_of() {
  case $1 in
    cds|cds-restart) echo "-XX:SharedArchiveFile=$CDS -Xlog:cds=off -Xlog:cds+dynamic=off" ;;
    java25-aot) echo "-XX:AOTCache=$AOT" ;;
    *) echo "" ;;
  esac
}

# one start: fresh data directory (cds-restart: the same one each time), time to readiness 200 in ms, then a
# graceful stop
start_once() {
  local way=$1 dir="$WORK/run-$RANDOM" t0 ready=""
  [[ $way != cds-restart ]] || dir="$WORK/restart"
  mkdir -p "$dir"
  t0=$(date +%s%N)
  # shellcheck disable=SC2046
  "$(java_of "$way")" $HEAP $(flags_of "$way") -jar "$JAR" --server.port="$PORT" \
    --academy.store.embedded.path="$dir/academy.mv" \
    --academy.security.dev-issuer.key-file="$dir/key.json" > "$dir/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 $((READY_TIMEOUT * 20))); do
    kill -0 "$PID" 2>/dev/null || { echo "$way: the app exited during start" >&2; tail -20 "$dir/app.log" >&2; exit 1; }
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; then
      ready=$(( ($(date +%s%N) - t0) / 1000000 )); break
    fi
    sleep 0.05
  done
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  [[ $way == cds-restart ]] || rm -rf "$dir"
  [[ -n "$ready" ]] || { echo "$way: not ready after $READY_TIMEOUT s" >&2; exit 1; }
  echo "$ready"
}

if [[ " $WAYS " == *" java25"* && ! -x "$JAVA25/bin/java" ]]; then
  echo "no Java 25 at $JAVA25: skipping the java25 ways" >&2
  WAYS=$(printf '%s\n' $WAYS | grep -v '^java25' | tr '\n' ' ')
fi
if [[ " $WAYS " == *" java25-aot "* ]]; then
  # the training start: up to readiness on a throw-away store, then exit; the JVM writes the cache (JEP 514)
  t0=$(date +%s%N)
  "$JAVA25/bin/java" $HEAP -XX:AOTCacheOutput="$AOT" -Dacademy.startup.exit-when-ready=true -jar "$JAR" \
    --server.port=0 --academy.store.embedded.path="$WORK/training/academy.mv" \
    --academy.security.dev-issuer.key-file="$WORK/training/key.json" > "$WORK/training.log" 2>&1
  echo "java25-aot: training start $(( ($(date +%s%N) - t0) / 1000000 )) ms, cache $(du -h "$AOT" | cut -f1)" >&2
fi

if [[ " $WAYS " == *" cds-restart "* ]]; then
  echo "cds-restart: a first start to fill the data directory took $(start_once cds-restart) ms" >&2
fi

echo "| way | runs (ms) | median ms | load average (1 min) at each start |"
echo "|---|---|---:|---|"
for way in $WAYS; do
  times=() loads=()
  for _ in $(seq 1 "$RUNS"); do
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    times+=("$(start_once "$way")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
  echo "| $way | ${times[*]} | $median | ${loads[*]} |"
done
