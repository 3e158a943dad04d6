#!/usr/bin/env python3
"""The dynamodump way, as the baseline of scripts/bench-snapshot.sh: one Scan segment written to a
file page by page, then serial 25-item BatchWriteItem calls into a new table (UnprocessedItems
retried). Prints 'figure NAME VALUE' lines (items per second)."""
import json
import sys
import time

import boto3

endpoint, table, out = sys.argv[1], sys.argv[2], sys.argv[3]
ddb = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="test", aws_secret_access_key="test")

start = time.monotonic()
items = 0
with open(out, "w") as f:
    kwargs = {"TableName": table}
    while True:
        page = ddb.scan(**kwargs)
        for item in page["Items"]:
            f.write(json.dumps({"Item": item}) + "\n")
        items += len(page["Items"])
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
export_rate = items / (time.monotonic() - start)
print(f"boto3 export: {items} items in {time.monotonic() - start:.1f} s")

copy = table + "BotoCopy"
schema = ddb.describe_table(TableName=table)["Table"]
ddb.create_table(TableName=copy, KeySchema=schema["KeySchema"], AttributeDefinitions=schema["AttributeDefinitions"],
                 BillingMode="PAY_PER_REQUEST")
ddb.get_waiter("table_exists").wait(TableName=copy)
start = time.monotonic()
written = 0
with open(out) as f:
    batch = []
    def flush(batch):
        pending = {copy: [{"PutRequest": {"Item": i}} for i in batch]}
        while pending:
            pending = ddb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
    for line in f:
        batch.append(json.loads(line)["Item"])
        if len(batch) == 25:
            flush(batch)
            written += len(batch)
            batch = []
    if batch:
        flush(batch)
        written += len(batch)
import_rate = written / (time.monotonic() - start)
print(f"boto3 import: {written} items in {time.monotonic() - start:.1f} s")
print(f"figure boto3_export {export_rate:.0f}")
print(f"figure boto3_import {import_rate:.0f}")
