# Sourced by run.sh and startup.sh. The class-data-sharing archive the build makes (backend/pom.xml,
# docs/operations.md) records the absolute paths of the jar and of every jar in its lib/ folder; a JVM given the
# archive of a copied or moved app folder finds the paths changed and starts without the archive's application
# classes, saying nothing (the eleventh to thirteenth rounds' runs of copied builds, APP_DIR=/tmp/app-…, all
# started that way: docs/performance.md, fourteenth round). So a folder whose archive does not match gets a new
# one, made the way the build makes it: one start up to readiness on a throw-away store, then exit.

# cds_matches java jar archive: whether the archive is valid for the jar where it lies; -Xshare:on turns the silent
# fallback into an error, so the JVM stops when the recorded class path differs
cds_matches() { "$1" -Xshare:on -XX:SharedArchiveFile="$3" -cp "$2" -version > /dev/null 2>&1; }

# cds_for_folder java jar archive workdir logfile: prints "valid" (the archive matches the folder) or "made"
# (a new one was written for it); fails when even a new archive does not match
cds_for_folder() {
  local java=$1 jar=$2 cds=$3 work=$4 logfile=$5
  if cds_matches "$java" "$jar" "$cds"; then
    echo valid; return 0
  fi
  mkdir -p "$work/cds-training"
  "$java" -XX:ArchiveClassesAtExit="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dacademy.startup.exit-when-ready=true -jar "$jar" --server.port=0 --logging.level.root=WARN \
    --academy.store.embedded.path="$work/cds-training/academy.mv" \
    --academy.security.dev-issuer.key-file="$work/cds-training/dev-key.json" \
    --academy.certification.signing-key-file="$work/cds-training/credential-key.json" > "$logfile" 2>&1
  if ! cds_matches "$java" "$jar" "$cds"; then
    echo "the class-data-sharing archive made for $jar does not match it either: see $logfile" >&2
    return 1
  fi
  echo made
}
