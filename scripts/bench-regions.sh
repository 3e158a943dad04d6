#!/usr/bin/env bash
# Time to list the tables of 17 regions at once against moto (starts its own moto_server).
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bash scripts/test-classpath.sh)
exec java -Dsqlite4java.library.path=target/native -Ddbm.logDir=target/bench-logs -cp "$cp" \
  dev.dynamobackup.bench.RegionListingBenchmark
