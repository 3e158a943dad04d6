#!/usr/bin/env python3
"""The dynamodump way, as the baseline of scripts/bench-snapshot.sh. Prints 'figure NAME VALUE' lines.

  export ENDPOINT TABLE FILE              one Scan segment written to FILE page by page (items/s)
  import ENDPOINT TABLE FILE COPY [PID]   CreateTable COPY with TABLE's keys and wait for it, then FILE read line
                                          by line into serial 25-item BatchWriteItem calls (UnprocessedItems
                                          retried); the figure is the write phase (read + parse + write), the
                                          'whole' one adds CreateTable + wait. COPY is deleted afterwards. With
                                          the server's pid, also the server's CPU during the writes (its single
                                          SQLiteQueue thread's share shows the room a serial client leaves).
"""
import json
import os
import sys
import time

import boto3

mode, endpoint, table, path = sys.argv[1:5]
ddb = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="test", aws_secret_access_key="test")


def server_cpu(pid):
    """CPU seconds of the server process and of its SQLiteQueue thread, from /proc (100 ticks a second)."""
    def ticks(stat):
        f = stat[stat.rindex(")") + 2:].split()
        return int(f[11]) + int(f[12])
    total = ticks(open(f"/proc/{pid}/stat").read())
    queue = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        if "(SQLiteQueue" in stat:
            queue += ticks(stat)
    return total / 100.0, queue / 100.0


def machine():
    """Ticks of the whole machine from /proc/stat: busy, idle (with iowait), steal."""
    f = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
    return f[0] + f[1] + f[2] + f[5] + f[6], f[3] + f[4], f[7]


def export():
    start = time.monotonic()
    items = 0
    with open(path, "w") as f:
        kwargs = {"TableName": table}
        while True:
            page = ddb.scan(**kwargs)
            for item in page["Items"]:
                f.write(json.dumps({"Item": item}) + "\n")
            items += len(page["Items"])
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    seconds = time.monotonic() - start
    print(f"boto3 export: {items} items in {seconds:.1f} s")
    print(f"figure boto3_export {items / seconds:.0f}")


def restore(copy, server_pid):
    schema = ddb.describe_table(TableName=table)["Table"]
    create_start = time.monotonic()
    ddb.create_table(TableName=copy, KeySchema=schema["KeySchema"], AttributeDefinitions=schema["AttributeDefinitions"],
                     BillingMode="PAY_PER_REQUEST")
    ddb.get_waiter("table_exists").wait(TableName=copy)
    create_seconds = time.monotonic() - create_start
    start = time.monotonic()
    cpu_start = time.process_time()
    server_start = server_cpu(server_pid) if server_pid else None
    machine_start = machine()
    written = 0

    def flush(batch):
        pending = {copy: [{"PutRequest": {"Item": i}} for i in batch]}
        while pending:
            pending = ddb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}

    with open(path) as f:
        batch = []
        for line in f:
            batch.append(json.loads(line)["Item"])
            if len(batch) == 25:
                flush(batch)
                written += len(batch)
                batch = []
        if batch:
            flush(batch)
            written += len(batch)
    write_seconds = time.monotonic() - start
    cpu = time.process_time() - cpu_start
    busy, idle, steal = (100 * (b - a) / 100.0 / write_seconds for a, b in zip(machine_start, machine()))
    server = ""
    if server_pid:
        total, queue = (b - a for a, b in zip(server_start, server_cpu(server_pid)))
        server = (f"; server cpu {total:.2f} s ({100 * total / write_seconds:.0f}% of one core), "
                  f"SQLiteQueue {queue:.2f} s ({100 * queue / write_seconds:.0f}% of the wall time)")
    ddb.delete_table(TableName=copy)
    print(f"boto3 import: {written} items in {write_seconds:.2f} s ({written / write_seconds:.0f} items/s; "
          f"CreateTable + wait {create_seconds:.2f} s before it); python cpu {cpu:.2f} s{server}; "
          f"machine: busy {busy:.0f}%, idle {idle:.0f}%, steal {steal:.0f}% of one core")
    print(f"figure boto3_import {written / write_seconds:.0f}")
    print(f"figure boto3_import_whole {written / (write_seconds + create_seconds):.0f}")


if mode == "export":
    export()
elif mode == "import":
    restore(sys.argv[5], sys.argv[6] if len(sys.argv) > 6 else None)
else:
    sys.exit("export|import")
