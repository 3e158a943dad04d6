#!/usr/bin/env bash
# The all-regions inventory, as the issue measured it, in one run (see RegionListingBenchmark):
# 17 regions x 3 tables on moto_server behind a 50 ms round-trip proxy; `dbm tables --all-regions` as a
# CLI process (JVM start included; with an AppCDS archive made by a training run, and without) against the
# AWS CLI looping over the regions and one serial python3/boto3 process. Prints every run, the medians,
# the ratios and the breakdown of one `-Ddbm.trace=true` run of dbm. When the app-image exists (see
# bench-startup.sh), its dbm launcher runs too (dbm-image).
#
#   bash scripts/bench-regions.sh [RUNS]      (default 3 runs of each, alternating)
# BENCH_TOOLS=dbm,dbm-nocds runs only those. Needs moto_server, aws and python3 with boto3 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cp=$(bash scripts/test-classpath.sh)
# the CLI runs from the jars of target/app (the launchers' class path; AppCDS takes jars only)
mvn -B -q -DskipTests package >&2
app_cp=$(ls "$PWD"/target/app/*.jar | paste -sd:)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"
"$java_cmd" -Dsqlite4java.library.path=target/native -Ddbm.logDir=target/bench-logs \
  -Dbench.classpath="$app_cp" -Dbench.java="$java_cmd" \
  -Dbench.image="$PWD/target/jpackage/image/dynamo-backup-manager/bin/dbm" -Dbench.work="$work" -Dbench.runs="$runs" -Dbench.tools="${BENCH_TOOLS:-}" -cp "$cp" dev.dynamobackup.bench.RegionListingBenchmark
