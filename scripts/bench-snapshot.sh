#!/usr/bin/env bash
# Snapshot export and import of N small items (default 100,000) on a DynamoDB Local server started
# here (in memory, on a free port), in one run, beside:
#   - a raw parallel Scan with the plain SDK (same segments and threads, writes nothing)
#   - the dynamodump way with boto3 (scripts/bench_snapshot_baseline.py): one segment to a file, then
#     serial 25-item BatchWriteItem calls: one export first (the export target's figure), then its exports
#     and imports alternate with the app's (4 and 3 rounds)
#   - the server's ceiling: 1, 2, 4, 8 writers sending pre-built 25-item BatchWriteItem requests,
#     through the SDK and as raw HTTP, with the server's CPU per thread (BENCH_CEILING=1,2,4,8; empty: skipped)
# Prints items/s of each, the import's breakdown, and the ratios the targets are about:
#   export >= 4x boto3 export, export >= 0.8x raw parallel scan, import >= 1.4x boto3 serial import.
#   bash scripts/bench-snapshot.sh [N]
# The measuring JVM runs with the JVM's default JIT (tiered C1 + C2); BENCH_JIT=launcher gives it the
# launchers' option instead (packaging/cli-launcher.properties: C1 only, as the installed dbm and app run).
# BENCH_JAVA_OPTS goes to the measuring JVM only: -Dbench.importRounds=3, -Dbench.exportRounds=4,
# -Dbench.writers=16 (or a list cycled over the import rounds, to compare: 8,16).
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-100000}
cp=$(bash scripts/test-classpath.sh)
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
endpoint="http://localhost:$port"
java_opts=(-Dsqlite4java.library.path=target/native -Ddbm.logDir=target/bench-logs -Ddbm.dataDir="$work/data" -Xmx1g)
ceiling=${BENCH_CEILING-1,2,4,8}
bench_opts=(${BENCH_JAVA_OPTS:-})
if [[ ${BENCH_JIT:-default} == launcher ]]; then
  bench_opts+=($(grep '^java-options=' packaging/cli-launcher.properties | grep -o -- '-XX:TieredStopAtLevel=[0-9]'))
fi

java "${java_opts[@]}" -cp "$cp" dev.dynamobackup.testing.DynamoDbLocalServer "$port" > "$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  grep -q "listening" "$work/server.log" 2>/dev/null && break
  sleep 0.5
done
grep -q "listening" "$work/server.log" || { cat "$work/server.log"; echo "DynamoDB Local did not start" >&2; exit 1; }
echo "DynamoDB Local on $endpoint; seeding $items items"
java "${java_opts[@]}" -cp "$cp" dev.dynamobackup.bench.SnapshotBench seed "$endpoint" "$items"

# the bench JVMs (and the baseline's imports) read the server's CPU per thread from /proc/PID
bench_opts+=(-Dbench.serverPid="$server")
echo "measuring JVM options: ${bench_opts[*]}; load at the start: $(uptime)"
# the export baseline of record: one boto3 export before anything else (the method of the earlier runs);
# the export rounds below run it again beside the app's (boto3_export_rounds)
python3 scripts/bench_snapshot_baseline.py export "$endpoint" Bench "$work/boto3-export.jsonl" | tee "$work/figures.txt"
if [[ -n $ceiling ]]; then
  java "${java_opts[@]}" "${bench_opts[@]}" -cp "$cp" dev.dynamobackup.bench.SnapshotBench ceiling "$endpoint" "$ceiling" | tee -a "$work/figures.txt"
fi
java "${java_opts[@]}" "${bench_opts[@]}" -cp "$cp" dev.dynamobackup.bench.SnapshotBench measure "$endpoint" "$work" | tee -a "$work/figures.txt"
echo "load at the end: $(uptime)"

python3 - "$work/figures.txt" <<'PY'
import sys
f = {}
for line in open(sys.argv[1]):
    if line.startswith("figure "):
        _, name, value = line.split()
        f[name] = float(value)
print()
print(f"items/s, medians of export rounds 2 to 4: app export {f['app_export']:.0f}, raw parallel scan {f['raw_scan']:.0f}, "
      f"boto3 export {f['boto3_export_rounds']:.0f}; boto3 export first thing in the run {f['boto3_export']:.0f}")
print(f"items/s, medians of the alternating import rounds: app import {f['app_import']:.0f}, boto3 serial import "
      f"{f['boto3_import']:.0f} (write phases: reading, parsing, writing); the app's first import {f['app_import_first']:.0f}")
print(f"items/s, whole import: app {f['app_import_whole']:.0f} (verify, create + wait, write, digest, check scan), "
      f"boto3 {f['boto3_import_whole']:.0f} (create + wait, write)")
if 'ceiling_raw_8' in f:
    print(f"server ceiling, 8 writers of pre-built requests: raw HTTP {f['ceiling_raw_8']:.0f}, SDK {f['ceiling_sdk_8']:.0f}, "
          f"1 raw writer {f['ceiling_raw_1']:.0f} items/s; raw 8 / boto3 serial {f['ceiling_raw_8'] / f['boto3_import']:.2f}x, "
          f"app / raw 8 {f['app_import'] / f['ceiling_raw_8']:.2f}")
checks = [
    ("export / boto3 export", f['app_export'] / f['boto3_export'], 4.0),
    ("export / raw parallel scan", f['app_export'] / f['raw_scan'], 0.8),
    ("import / boto3 serial import", f['app_import'] / f['boto3_import'], 1.4),
]
print(f"{'export / boto3 export in rounds':32s} {f['app_export'] / f['boto3_export_rounds']:5.2f}x  (no target: the same rounds)")
print(f"{'first import / boto3 serial':32s} {f['app_import_first'] / f['boto3_import']:5.2f}x  (no target)")
print(f"{'whole import / boto3 whole':32s} {f['app_import_whole'] / f['boto3_import_whole']:5.2f}x  (no target)")
for name, ratio, target in checks:
    print(f"{name:32s} {ratio:5.2f}x  (target >= {target}x: {'met' if ratio >= target else 'MISSED'})")
PY
