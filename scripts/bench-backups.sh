#!/usr/bin/env bash
# 10,000 backups in one region on moto: time to the first and the last row of the region-wide Backups
# view, and the longest FX-thread stall while loading. Headless (Monocle); needs moto_server on PATH.
# BENCH_BACKUPS=N changes the number of backups.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} \
  -Dtestfx.robot=glass -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
  -Djava.awt.headless=true -Dlog4j2.level=WARN -Dbench.backups="${BENCH_BACKUPS:-10000}" \
  -Ddbm.logDir=target/bench-logs \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" dev.dynamobackup.bench.BackupsBench
