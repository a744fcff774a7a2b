#!/usr/bin/env bash
# The CSR Academy load benchmark, one session: build the jar if missing, start the app on 127.0.0.1 with a
# fresh data directory and -Xmx256m, time start-to-ready, create the trainees, warm up, run the baseline,
# exam, bulk-save and daily-work scenarios, record heap after GC, RSS, app CPU and the data directory size,
# then write the dashboard data set (10,000 trainees with their history, through the driver into the
# embedded store, and the reporting rebuild), run the dashboard scenario and the daily work again on that
# larger store, stop the app, and write
# bench/results/<timestamp>/summary.md. See docs/performance.md.
#
# Usage: bench/run.sh        (settings below can be overridden from the environment, e.g. EXAM_USERS=50)
set -euo pipefail

PORT=${PORT:-18080}
HEAP=${HEAP:--Xmx256m -XX:+UseParallelGC -XX:NewRatio=1}
EXAM_USERS=${EXAM_USERS:-200}                 # concurrent trainees sitting knowledge-assessment
BULK_USERS=${BULK_USERS:-"16 32"}             # one bulk-save run per value
BULK_SECONDS=${BULK_SECONDS:-60}
BASELINE_USERS=${BASELINE_USERS:-32}
BASELINE_SECONDS=${BASELINE_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}               # bulk (and dashboard) warm-up: after 20 s the JIT still compiled ~1,200
                                               #   methods during the measured bulk run (docs/performance.md, eighth round)
WARMUP_EXAM_USERS=${WARMUP_EXAM_USERS:-20}
PACED_USERS=${PACED_USERS:-200}               # exam at a pace: trainees who think between answers (0: not run)
PACED_THINK_MS=${PACED_THINK_MS:-5000}        #   pause before each answer (a real sitting is nearer 45 s a question)
PACED_RAMP_SECONDS=${PACED_RAMP_SECONDS:-30}  #   arrivals spread over this many seconds
DAILY_TRAINEES=${DAILY_TRAINEES:-16}           # daily work: trainees filing forms, each with a mentor of their own
DAILY_SECONDS=${DAILY_SECONDS:-60}
DAILY_FILE_EVERY_MS=${DAILY_FILE_EVERY_MS:-1000}
DASHBOARD=${DASHBOARD:-1}                      # 1: write the dashboard data set and run the dashboard scenario
DASHBOARD_TRAINEES=${DASHBOARD_TRAINEES:-10000}
DASHBOARD_USERS=${DASHBOARD_USERS:-4}
DASHBOARD_SECONDS=${DASHBOARD_SECONDS:-60}
PROFILE=${PROFILE:-1}                          # 1: after the measured runs, profiling runs with the JDK Flight Recorder
PROFILE_EXAM_USERS=${PROFILE_EXAM_USERS:-200}        # as many as the measured exam: at full speed 40 sittings gave ~70 samples
PROFILE_SECONDS=${PROFILE_SECONDS:-30}
APP_ARGS=${APP_ARGS:-}                         # extra arguments for the app, e.g. --academy.store.embedded.compress=false
APP_JAVA_HOME=${APP_JAVA_HOME:-}               # another JVM for the app only (Gatling stays on the PATH's java), e.g.
                                               #   /usr/lib/jvm/temurin-25-jdk-amd64; its own CDS archive is not used then
APP_JVM_ARGS=${APP_JVM_ARGS:-}                 # extra JVM options for the app, e.g. -XX:+UseCompactObjectHeaders
READY_TIMEOUT=${READY_TIMEOUT:-180}           # seconds
SCENARIO_TIMEOUT=${SCENARIO_TIMEOUT:-900}     # seconds, per Gatling run (Gatling's own maxDuration is shorter)

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BASE_URL="http://127.0.0.1:$PORT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$BENCH/results/$STAMP"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/csr-bench.XXXXXX")
STORE="$WORK/store"
FEEDERS="$WORK/feeders"
mkdir -p "$OUT/logs" "$OUT/gatling" "$STORE" "$FEEDERS"
APP_PID=""
SAMPLER_PID=""

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/logs/run.log" >&2; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then log "app did not stop in 40 s: killing it"; kill -KILL "$APP_PID" 2>/dev/null || true; fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

cleanup() {
  local rc=$?
  [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  stop_app
  rm -rf "$WORK"
  [[ $rc -ne 0 ]] && log "FAILED (exit $rc); logs in $OUT/logs"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
  log "something already answers on port $PORT: refusing to load it"; exit 1
fi

# --- build --------------------------------------------------------------------------------------------------
# the unpacked jar with its class-data-sharing archive, as the README runs it (both made by the build)
APP_DIR=${APP_DIR:-"$ROOT/backend/target/app"}   # another build's app folder, to compare two builds
JAR="$APP_DIR/csr-academy.jar"
CDS="$APP_DIR/csr-academy.jsa"
if [[ ! -f "$JAR" || ! -f "$CDS" ]]; then
  log "building $JAR"
  (cd "$ROOT" && timeout 1200 mvn -B -q -DskipTests package) > "$OUT/logs/build.log" 2>&1
fi
log "compiling bench/"
timeout 900 mvn -B -q -f "$BENCH/pom.xml" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test > "$OUT/logs/bench-build.log" 2>&1
CP="$BENCH/target/test-classes:$(cat "$WORK/classpath.txt")"
bench_java() { timeout "$1" java -cp "$CP" -Dbench.baseUrl="$BASE_URL" -Dbench.dataDir="$FEEDERS" "${@:2}"; }

# --- the machine --------------------------------------------------------------------------------------------
NPROC=$(nproc)
CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)
MEM_TOTAL=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
APP_JAVA=${APP_JAVA_HOME:+$APP_JAVA_HOME/bin/}java
APP_JCMD=${APP_JAVA_HOME:+$APP_JAVA_HOME/bin/}jcmd
JAVA_VERSION=$("$APP_JAVA" -version 2>&1 | head -1)
# the class-data-sharing archive is made by the build's JVM (Java 17); another JVM gets none. It holds the app
# folder's absolute paths, so a copied build (APP_DIR) gets one of its own first (bench/cds.sh)
CDS_ARG=(-XX:SharedArchiveFile="$CDS")
CDS_STATE="none: another JVM"
if [[ -n $APP_JAVA_HOME ]]; then
  CDS_ARG=()
else
  # shellcheck source=bench/cds.sh
  source "$BENCH/cds.sh"
  case $(cds_for_folder "$APP_JAVA" "$JAR" "$CDS" "$WORK" "$OUT/logs/cds-training.log") in
    valid) CDS_STATE="the build's, valid for this folder" ;;
    made) CDS_STATE="made for this folder by this run (the build's was for another)"
          log "made a class-data-sharing archive for $APP_DIR (its own was for another folder)" ;;
    *) exit 1 ;;
  esac
fi
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | wc -l)
GATLING_VERSION=$(sed -n 's:.*<gatling.version>\(.*\)</gatling.version>.*:\1:p' "$BENCH/pom.xml")

# --- start ----------------------------------------------------------------------------------------------
# With profiling, the Flight Recorder is initialised at launch (a one-second recording of the start): on Java 17
# its first start in a running JVM redefines JDK classes, and a JVM without a redefining agent from the start then
# throws away ALL its compiled code (JDK-8324241, fixed in JDK 23). Started only for the profiling runs, JFR
# profiled the interpreter recompiling the app, not the app (docs/performance.md, eleventh round).
JFR_AT_LAUNCH=()
if [[ $PROFILE == 1 ]]; then
  JFR_AT_LAUNCH=(-XX:StartFlightRecording=duration=1s,settings=default,filename="$OUT/logs/launch.jfr")
fi
log "starting the app on $BASE_URL ($HEAP ${JFR_AT_LAUNCH[*]}, data in $STORE)"
T0=$(date +%s%N)
# shellcheck disable=SC2086  # HEAP, APP_JVM_ARGS and APP_ARGS are lists of arguments
"$APP_JAVA" $HEAP $APP_JVM_ARGS "${JFR_AT_LAUNCH[@]}" "${CDS_ARG[@]}" -jar "$JAR" --server.port="$PORT" \
  --academy.store.embedded.path="$STORE/academy.mv" \
  --academy.security.dev-issuer.key-file="$WORK/key.json" \
  --academy.security.rate-limit.enabled=false $APP_ARGS > "$OUT/logs/app.log" 2>&1 &
APP_PID=$!
READY=""
for _ in $(seq 1 $((READY_TIMEOUT * 10))); do
  kill -0 "$APP_PID" 2>/dev/null || { log "the app exited during start"; tail -30 "$OUT/logs/app.log" >&2; exit 1; }
  if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE_URL/actuator/health/readiness") == 200 ]]; then
    READY=$(( ($(date +%s%N) - T0) / 1000000 )); break
  fi
  sleep 0.1
done
[[ -n "$READY" ]] || { log "not ready after $READY_TIMEOUT s"; exit 1; }
CPU_AT_READY=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
STARTED_LINE=$(grep -m1 -o 'Started CsrAcademyApplication in [0-9.]* seconds (process running for [0-9.]*)' "$OUT/logs/app.log" || true)
log "ready after $READY ms ($STARTED_LINE), $CPU_AT_READY s of CPU"

# RSS every second while the app runs (bounded: at most 2 h of samples)
( for _ in $(seq 1 7200); do ps -o rss= -p "$APP_PID" 2>/dev/null || exit 0; sleep 1; done ) > "$OUT/logs/rss-kb.txt" &
SAMPLER_PID=$!

# CPU ticks per thread group (thread names without their numbers), from /proc: no overhead, no safepoint
thread_cpu() { # file
  local t s rest f
  for t in /proc/"$APP_PID"/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) || continue
    rest=${s##*) }; read -r -a f <<< "$rest"
    printf '%s\t%s\n' "$(( f[11] + f[12] ))" "$(cat "$t/comm" 2>/dev/null)"
  done | awk -F'\t' '{ n = $2; sub(/[-#]?[0-9]+$/, "", n); t[n] += $1 } END { for (k in t) printf "%s\t%d\n", k, t[k] }' \
    | sort -t $'\t' -k1,1 > "$1"
}

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat"; }

heap_after_gc() { # name
  "$APP_JCMD" "$APP_PID" GC.run > /dev/null
  "$APP_JCMD" "$APP_PID" GC.heap_info > "$OUT/logs/heap-$1.txt"
  # G1: "garbage-first heap total 262144K, used 81234K"; Parallel (PSYoungGen, ParOldGen) and Serial
  # ("def new generation", "tenured generation"): the sum of the generations' "used"
  awk '/garbage-first heap|Shenandoah|ZHeap/ { for (i=1;i<=NF;i++) if ($i=="used") { v=$(i+1); sub(/K,?/,"",v); print int(v/1024); exit } }
       /generation|PSYoungGen|ParOldGen/ { for (i=1;i<=NF;i++) if ($i=="used") { v=$(i+1); sub(/K,?/,"",v); s+=v } }
       END { if (s) print int(s/1024) }' "$OUT/logs/heap-$1.txt" | head -1
}

HEAP_IDLE=$(heap_after_gc idle)
RSS_IDLE=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
log "idle: heap after GC ${HEAP_IDLE} MB, RSS ${RSS_IDLE} MB"

# --- data -------------------------------------------------------------------------------------------------
MAX_BULK=$(printf '%s\n' $BULK_USERS | sort -n | tail -1)
WARMUP_BULK_USERS=8
BULK_SET=$(( MAX_BULK > WARMUP_BULK_USERS ? MAX_BULK : WARMUP_BULK_USERS ))   # the bulk runs' users are distinct trainees
log "creating trainees: warmup $WARMUP_EXAM_USERS, exam $EXAM_USERS, paced $PACED_USERS, bulk $BULK_SET, daily $DAILY_TRAINEES (+ as many mentors)"
T=$(date +%s%N)
bench_java 600 -Dsets="warmup:$WARMUP_EXAM_USERS,exam:$EXAM_USERS,paced:$PACED_USERS,bulk:$BULK_SET,profile:$PROFILE_EXAM_USERS,daily:$DAILY_TRAINEES" \
  -Dmentored=daily com.csracademy.bench.DataGenerator > "$OUT/logs/data.log" 2>&1
DATA_SECONDS=$(( ($(date +%s%N) - T) / 1000000000 ))
log "$(tail -1 "$OUT/logs/data.log")"

# --- scenarios ------------------------------------------------------------------------------------------
SCENARIOS=()
MEASURED=()
run_sim() { # label class description [-Dprop=value...]
  local label=$1 class=$2 description=$3; shift 3
  local cpu0 cpu1 t0
  log "running $label ($class $*)"
  echo "$label: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/logs/load.txt"
  cpu0=$(cpu_seconds); t0=$(date +%s)
  thread_cpu "$OUT/logs/threads-cpu-$label-before.txt"
  if [[ $label == profile-* ]]; then
    "$APP_JCMD" "$APP_PID" JFR.start name="$label" settings=profile filename="$OUT/$label.jfr" > /dev/null
  fi
  if ! timeout "$SCENARIO_TIMEOUT" mvn -B -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass="com.csracademy.bench.$class" -Dgatling.resultsFolder="$OUT/gatling/$label" \
      -Dbench.baseUrl="$BASE_URL" -Dbench.dataDir="$FEEDERS" "$@" > "$OUT/logs/$label.log" 2>&1; then
    log "$label failed: see $OUT/logs/$label.log"; tail -20 "$OUT/logs/$label.log" >&2; exit 1
  fi
  if [[ $label == profile-* ]]; then "$APP_JCMD" "$APP_PID" JFR.stop name="$label" > /dev/null; fi
  cpu1=$(cpu_seconds)
  thread_cpu "$OUT/logs/threads-cpu-$label-after.txt"
  [[ $label == warmup-* || $label == profile-* ]] || MEASURED+=("$label")
  local report; report=$(ls -d "$OUT/gatling/$label"/*/ | head -1); report=${report%/}
  SCENARIOS+=("$label|$report|$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {printf "%.2f", b - a}')|$description")
  log "$label done in $(( $(date +%s) - t0 )) s"
}

run_sim warmup-baseline BaselineSimulation "Warm-up (not compared)." -Dusers=8 -DdurationSeconds=10
run_sim warmup-exam ExamSimulation "Warm-up (not compared)." -Dusers="$WARMUP_EXAM_USERS" -DdataSet=warmup
run_sim warmup-bulk BulkSaveSimulation "Warm-up (not compared)." -Dusers="$WARMUP_BULK_USERS" -DdurationSeconds="$WARMUP_SECONDS"
run_sim baseline BaselineSimulation \
  "\`GET /api/v1/ping\`, $BASELINE_USERS users back to back for $BASELINE_SECONDS s." \
  -Dusers="$BASELINE_USERS" -DdurationSeconds="$BASELINE_SECONDS"
run_sim exam ExamSimulation \
  "$EXAM_USERS trainees at once, each: start \`knowledge-assessment\` (40 questions), autosave every answer with its own PUT (no think time), submit." \
  -Dusers="$EXAM_USERS" -DdataSet=exam
if (( PACED_USERS > 0 )); then
  run_sim exam-paced ExamSimulation \
    "$PACED_USERS trainees arriving over $PACED_RAMP_SECONDS s, each: start \`knowledge-assessment\` (40 questions), pause $PACED_THINK_MS ms before each answer, autosave it, submit; the exam's load at a pace (still about 9× faster than a real sitting)." \
    -Dusers="$PACED_USERS" -DdataSet=paced -DthinkMs="$PACED_THINK_MS" -DrampSeconds="$PACED_RAMP_SECONDS"
fi
for users in $BULK_USERS; do
  run_sim "bulk-$users" BulkSaveSimulation \
    "$users users (closed), each looping for $BULK_SECONDS s: start \`bench-twenty\` (20 questions), save all 20 answers in one PUT, submit." \
    -Dusers="$users" -DdurationSeconds="$BULK_SECONDS"
done

run_sim daily DailyWorkSimulation \
  "$DAILY_TRAINEES trainees at the monitoring step, each filing a post-call analysis form every $DAILY_FILE_EVERY_MS ms, while their $DAILY_TRAINEES mentors (one each) fetch the review queue and accept up to 5 forms per visit (pausing 500 ms on an empty queue), for $DAILY_SECONDS s." \
  -Dtrainees="$DAILY_TRAINEES" -Dmentors="$DAILY_TRAINEES" -DdurationSeconds="$DAILY_SECONDS" -DfileEveryMs="$DAILY_FILE_EVERY_MS"

# --- after the load ---------------------------------------------------------------------------------------
HEAP_AFTER=$(heap_after_gc after)
RSS_AFTER=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
RSS_PEAK=$(( $(sort -n "$OUT/logs/rss-kb.txt" | tail -1) / 1024 ))
DATA_LIVE=$(du -sk "$STORE" | cut -f1)
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
log "after the load: heap after GC ${HEAP_AFTER} MB, RSS ${RSS_AFTER} MB (peak ${RSS_PEAK} MB), data ${DATA_LIVE} KB"

# --- profile runs (not compared: the flight recorder's sampling costs a little) -----------------------------
if [[ $PROFILE == 1 ]]; then
  run_sim profile-exam ExamSimulation "Profiling run (not compared): JDK Flight Recorder on." \
    -Dusers="$PROFILE_EXAM_USERS" -DdataSet=profile
  run_sim profile-bulk BulkSaveSimulation "Profiling run (not compared): JDK Flight Recorder on." \
    -Dusers=$(( BULK_SET < 16 ? BULK_SET : 16 )) -DdurationSeconds="$PROFILE_SECONDS"
fi
# --- the dashboard data set and scenario (last: its 10,000 trainees would slow every scenario after it) -----
if [[ $DASHBOARD == 1 ]]; then
  # the embedded store listens on a free loopback port of its own (EmbeddedMongoConfiguration binds 127.0.0.1:0):
  # the app's listening socket that is not the HTTP port
  MONGO_PORT=$(ss -Htlnp | grep "pid=$APP_PID," | grep -v ":$PORT " | sed -nE 's/.*127\.0\.0\.1\]?:([0-9]+) .*/\1/p' | head -1)
  [[ -n "$MONGO_PORT" ]] || { log "cannot find the embedded store's port"; exit 1; }
  log "writing the dashboard data set: $DASHBOARD_TRAINEES trainees into mongodb://127.0.0.1:$MONGO_PORT, then the rebuild"
  CPU0=$(cpu_seconds)
  bench_java 3600 -Dbench.mongoUri="mongodb://127.0.0.1:$MONGO_PORT/?directConnection=true" \
    -Dtrainees="$DASHBOARD_TRAINEES" com.csracademy.bench.DashboardData > "$OUT/logs/dashboard-data.log" 2>&1
  DASHBOARD_DATA_CPU=$(awk -v a="$CPU0" -v b="$(cpu_seconds)" 'BEGIN {printf "%.1f", b - a}')
  DASHBOARD_DATA_LINE=$(tail -1 "$OUT/logs/dashboard-data.log")
  log "$DASHBOARD_DATA_LINE"
  DATA_DASHBOARD=$(du -sk "$STORE" | cut -f1)
  HEAP_DASHBOARD=$(heap_after_gc dashboard-data)
  log "after the dashboard data set: data ${DATA_DASHBOARD} KB, heap after GC ${HEAP_DASHBOARD} MB"
  run_sim warmup-dashboard DashboardSimulation "Warm-up (not compared)." -Dusers=2 -DdurationSeconds="$WARMUP_SECONDS"
  run_sim dashboard DashboardSimulation \
    "The department head's cohort dashboard over $DASHBOARD_TRAINEES trainees (one cohort): $DASHBOARD_USERS users back to back for $DASHBOARD_SECONDS s, each loop the summary, the first page (20) of the at-risk list and the first page of the overdue list." \
    -Dusers="$DASHBOARD_USERS" -DdurationSeconds="$DASHBOARD_SECONDS"
  HEAP_DASHBOARD_AFTER=$(heap_after_gc dashboard-after)
  run_sim daily-large DailyWorkSimulation \
    "The daily work again, as \`daily\`, on the store that now also holds the dashboard data set ($DASHBOARD_TRAINEES more trainees with their mentorships, forms and scores): what the size of the store costs the trainees' and mentors' requests." \
    -Dtrainees="$DAILY_TRAINEES" -Dmentors="$DAILY_TRAINEES" -DdurationSeconds="$DAILY_SECONDS" -DfileEveryMs="$DAILY_FILE_EVERY_MS"
fi

T=$(date +%s%N)
stop_app
STOP_MS=$(( ($(date +%s%N) - T) / 1000000 ))
DATA_STOPPED=$(du -sk "$STORE" | cut -f1)
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""

# --- summary ---------------------------------------------------------------------------------------------
thread_cpu_table() { # a Markdown table: thread group × measured scenario, CPU seconds in the scenario
  local hz; hz=$(getconf CLK_TCK)
  for label in "${MEASURED[@]}"; do
    join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$OUT/logs/threads-cpu-$label-before.txt" "$OUT/logs/threads-cpu-$label-after.txt" \
      | awk -F'\t' -v l="$label" '{ d = $3 - $2; if (d > 0) printf "%s\t%s\t%d\n", l, $1, d }'
  done | awk -F'\t' -v hz="$hz" -v order="${MEASURED[*]}" '
    function kind(n) {
      if (n ~ /^reactor-http/) return "HTTP server event loops (reactor-http-epoll): request handling, JWT, security, controllers"
      if (n ~ /^multiThreadIoEv/) return "Mongo driver event loops (multiThreadIoEventLoopGroup): app code after each DB reply, mapping"
      if (n ~ /^mongo-server/) return "embedded MongoDB server (mongo-server-worker): query matching, updates"
      if (n ~ /^(H2|MVStore)/) return "MVStore storage (H2-serialization, H2-save, background writer)"
      if (n ~ /^(GC Thread|G1)/) return "garbage collector"
      if (n ~ /Compiler/) return "JIT compilers"
      if (n ~ /^parallel/) return "Reactor parallel scheduler (parallel-N)"
      if (n ~ /^boundedElastic/) return "Reactor boundedElastic scheduler"
      return "other (" n ")"
    }
    { k = kind($2); if (k ~ /^other/) { if (!((k) in seen)) { others = others (others ? ", " : "") $2; seen[k] = 1 }; k = "other" }
      cpu[k, $1] += $3; total[$1] += $3; kinds[k] = 1 }
    END {
      n = split(order, labels, " ")
      printf "| thread group |"; for (i = 1; i <= n; i++) printf " %s |", labels[i]; printf "\n|---|"
      for (i = 1; i <= n; i++) printf "---:|"; printf "\n"
      for (k in kinds) {
        printf "| %s |", k == "other" ? "other threads (" others ")" : k
        for (i = 1; i <= n; i++) printf " %.1f (%d%%) |", cpu[k, labels[i]] / hz, total[labels[i]] ? 100 * cpu[k, labels[i]] / total[labels[i]] : 0
        printf "\n"
      }
      printf "| **all** |"; for (i = 1; i <= n; i++) printf " %.1f |", total[labels[i]] / hz; printf "\n"
    }'
}

# the latency-over-time chart of the measured scenarios, from Gatling's per-second percentiles
CHART_ARGS=()
for s in "${SCENARIOS[@]}"; do
  label=${s%%|*}
  [[ $label == warmup-* || $label == profile-* ]] || CHART_ARGS+=("$s")
done
CHART=""
if bench_java 120 com.csracademy.bench.LatencyChart "$OUT/latency-over-time.png" "${CHART_ARGS[@]}" > "$OUT/logs/chart.log" 2>&1; then
  CHART=latency-over-time.png
else
  log "no latency chart: see $OUT/logs/chart.log"
fi

REL_OUT=${OUT#"$ROOT"/}
{
  echo "# Load benchmark $STAMP"
  echo
  echo "Commit \`$COMMIT\`$([[ $DIRTY -gt 0 ]] && echo " (with uncommitted changes)"), Gatling $GATLING_VERSION, $JAVA_VERSION."
  echo "Machine: $NPROC CPUs ($CPU_MODEL), $MEM_TOTAL; load average at start $LOAD_START, at end $LOAD_END"
  echo "(the machine is shared: the app, Gatling and other work compete for the same CPUs)."
  echo
  echo "Command: \`bench/run.sh\` with EXAM_USERS=$EXAM_USERS BULK_USERS=\"$BULK_USERS\" BULK_SECONDS=$BULK_SECONDS BASELINE_USERS=$BASELINE_USERS BASELINE_SECONDS=$BASELINE_SECONDS HEAP=$HEAP${APP_JAVA_HOME:+ APP_JAVA_HOME=$APP_JAVA_HOME}${APP_JVM_ARGS:+ APP_JVM_ARGS=$APP_JVM_ARGS}"
  echo
  echo "| the app | |"
  echo "|---|---|"
  echo "| start to ready (\`java -XX:SharedArchiveFile=… -jar\` → readiness 200${JFR_AT_LAUNCH[*]:+; the Flight Recorder initialised at launch for the profiling runs, so not the start-up figure — see bench/startup.sh}) | $READY ms |"
  echo "| class-data-sharing archive | $CDS_STATE |"
  echo "| Spring's own count | ${STARTED_LINE:-–} |"
  echo "| heap after GC, idle after start | $HEAP_IDLE MB |"
  echo "| heap after GC, after the measured scenarios | $HEAP_AFTER MB |"
  echo "| RSS idle / after the measured scenarios / peak until then | $RSS_IDLE / $RSS_AFTER / $RSS_PEAK MB |"
  echo "| data directory after the measured scenarios (running) / at the end, stopped | $DATA_LIVE / $DATA_STOPPED KB |"
  echo "| CPU time the app used until ready | $CPU_AT_READY s |"
  echo "| graceful stop | $STOP_MS ms |"
  echo "| creating $(( WARMUP_EXAM_USERS + EXAM_USERS + PACED_USERS + BULK_SET + PROFILE_EXAM_USERS + DAILY_TRAINEES )) trainees through the API (people + trainee + token; daily: + mentor, mentorship, override; 4 threads) | $DATA_SECONDS s |"
  if [[ $DASHBOARD == 1 ]]; then
    echo "| dashboard data set ($DASHBOARD_TRAINEES trainees, driver + \`POST /api/v1/reports/rebuild\`) | $DASHBOARD_DATA_LINE; app CPU $DASHBOARD_DATA_CPU s |"
    echo "| data directory after the dashboard data set (running) | $DATA_DASHBOARD KB |"
    echo "| heap after GC: after the dashboard data set / after the dashboard scenario | $HEAP_DASHBOARD / $HEAP_DASHBOARD_AFTER MB |"
  fi
  echo
  echo "Load average before each scenario:"
  echo
  sed 's/^/- /' "$OUT/logs/load.txt"
  echo
  echo "Start-up tasks (run after Spring's context is up; readiness waits for them):"
  echo
  grep -o "Startup task '.*' done in [0-9]* ms" "$OUT/logs/app.log" | sed 's/^/- /' || true
  echo
  bench_java 120 com.csracademy.bench.StatsReport baseline "${SCENARIOS[@]}" | sed "s|$ROOT/||g"
  echo
  if [[ -n $CHART ]]; then
    echo "## Latency over time"
    echo
    echo "p50, p95 and p99 of each second's successful responses, per measured scenario (\`LatencyChart\`, from Gatling's"
    echo "per-second percentiles):"
    echo
    echo "![latency over time]($CHART)"
    echo
  fi
  echo "## Where the app's CPU went (seconds, by thread group, from /proc/<pid>/task/*/stat)"
  echo
  thread_cpu_table
  if [[ $PROFILE == 1 ]]; then
    for p in profile-exam profile-bulk; do
      echo
      echo "## Profile: $p"
      echo
      bench_java 300 com.csracademy.bench.JfrProfile "$OUT/$p.jfr"
    done
  fi
  echo
  echo "Everything else (the HTML reports with Gatling's own charts, app log, GC.heap_info output,"
  echo "flight recordings, per-thread CPU and RSS samples) is in \`$REL_OUT/\`, which is not committed."
} > "$OUT/summary.md"
log "summary: $OUT/summary.md"
