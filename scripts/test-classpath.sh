#!/usr/bin/env bash
# Compiles main and test code and prints a class path with both and every test dependency.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
echo "target/classes:target/test-classes:$(cat target/test-classpath.txt)"
