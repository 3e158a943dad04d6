#!/usr/bin/env python3
"""A stand-in DynamoDB endpoint for the AppCDS training of the dbm launcher (packaging/cds.sh).

Answers ListTables, DescribeTable and DescribeContinuousBackups with one made-up table, so the training
run of `dbm tables --all-regions` loads the classes of a whole call (request, signing, HTTP, response
parsing) without network or credentials. Prints its port on the first line; runs until killed.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TABLE = {"TableName": "cds-training", "TableStatus": "ACTIVE", "ItemCount": 0, "TableSizeBytes": 0,
         "TableArn": "arn:aws:dynamodb:us-east-1:000000000000:table/cds-training",
         "CreationDateTime": 1700000000.0, "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"},
         "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
         "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}]}
ANSWERS = {
    "ListTables": {"TableNames": ["cds-training"]},
    "DescribeTable": {"Table": TABLE},
    "DescribeContinuousBackups": {"ContinuousBackupsDescription": {
        "ContinuousBackupsStatus": "ENABLED",
        "PointInTimeRecoveryDescription": {"PointInTimeRecoveryStatus": "DISABLED"}}},
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        operation = self.headers.get("X-Amz-Target", "").rpartition(".")[2]
        body = json.dumps(ANSWERS.get(operation, {})).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
sys.stdout.close()
server.serve_forever()
