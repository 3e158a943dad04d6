#!/usr/bin/env bash
# Snapshot export and import of N small items (default 100,000) on a DynamoDB Local server started
# here (in memory, on a free port), in one run, beside:
#   - a raw parallel Scan with the plain SDK (same segments and threads, writes nothing)
#   - the dynamodump way with boto3: one segment to a file, then serial 25-item BatchWriteItem calls
# Prints items/s of each and the ratios the targets are about:
#   export >= 4x boto3 export, export >= 0.8x raw parallel scan, import >= 1.4x boto3 serial import.
#   bash scripts/bench-snapshot.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-100000}
cp=$(bash scripts/test-classpath.sh)
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
endpoint="http://localhost:$port"
java_opts=(-Dsqlite4java.library.path=target/native -Ddbm.logDir=target/bench-logs -Ddbm.dataDir="$work/data" -Xmx1g)
# BENCH_JAVA_OPTS, e.g. -Dbench.writers=8, goes to the measuring JVM only
bench_opts=(${BENCH_JAVA_OPTS:-})

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

python3 scripts/bench_snapshot_baseline.py "$endpoint" Bench "$work/boto3-export.jsonl" | tee "$work/figures.txt"
java "${java_opts[@]}" "${bench_opts[@]}" -cp "$cp" dev.dynamobackup.bench.SnapshotBench measure "$endpoint" "$work" | tee -a "$work/figures.txt"

python3 - "$work/figures.txt" <<'PY'
import sys
f = {}
for line in open(sys.argv[1]):
    if line.startswith("figure "):
        _, name, value = line.split()
        f[name] = float(value)
print()
print(f"items/s: app export {f['app_export']:.0f}, raw parallel scan {f['raw_scan']:.0f}, boto3 export {f['boto3_export']:.0f}")
print(f"items/s: app import {f['app_import']:.0f} (with the check scan {f['app_import_with_check']:.0f}), boto3 serial import {f['boto3_import']:.0f}")
checks = [
    ("export / boto3 export", f['app_export'] / f['boto3_export'], 4.0),
    ("export / raw parallel scan", f['app_export'] / f['raw_scan'], 0.8),
    ("import / boto3 serial import", f['app_import'] / f['boto3_import'], 1.4),
]
for name, ratio, target in checks:
    print(f"{name:32s} {ratio:5.2f}x  (target >= {target}x: {'met' if ratio >= target else 'MISSED'})")
PY
