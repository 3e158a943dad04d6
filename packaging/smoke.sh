#!/usr/bin/env bash
# Smoke test of the packaged app (bound to "mvn verify"): packaging/smoke.sh IMAGE
#  - the GUI launcher starts under Xvfb (started here on a free display; $DISPLAY when Xvfb is missing), prints
#    first-frame-ms=N and exits 0 within 120 s;
#  - when the image has an AppCDS archive, the JVM must map it (-Xshare:on makes a mismatch fatal);
#  - the dbm launcher prints its version (without -SNAPSHOT) and exits 0.
# Settings and data go to a throw-away folder. Fails (exit 1) with the reason on stderr.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/display.sh"

[ $# -eq 1 ] || { echo "usage: $0 IMAGE" >&2; exit 2; }
image=$(cd "$1" 2>/dev/null && pwd -P) || { echo "smoke: FAILED: no app-image at $1" >&2; exit 1; }
name=$(basename "$image" .app)
if [ "$(uname -s)" = Darwin ]; then
  gui="$image/Contents/MacOS/$name"; cli="$image/Contents/MacOS/dbm"; archive="$image/Contents/app/app.jsa"
else
  gui="$image/bin/$name"; cli="$image/bin/dbm"; archive="$image/lib/app/app.jsa"
fi
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
[ -x "$gui" ] || fail "no GUI launcher at $gui"

work=$(mktemp -d)
cleanup() { stop_display; rm -rf "$work"; }
trap cleanup EXIT
need_display prefer-xvfb || fail "no DISPLAY and Xvfb is not installed (apt-get install xvfb libgtk-3-0)"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

cds="no AppCDS archive in the image"
if [ -f "$archive" ]; then
  export JAVA_TOOL_OPTIONS="-Xshare:on"
  cds="AppCDS archive mapped"
fi

start=$(date +%s%N)
out=$(timeout 120 "$gui" --smoke 2>"$work/gui.err")
rc=$?
wall=$(( ($(date +%s%N) - start) / 1000000 ))
if [ $rc -ne 0 ] || ! grep -q '^first-frame-ms=[0-9]*$' <<<"$out"; then
  echo "--- stdout" >&2; echo "$out" >&2; echo "--- stderr" >&2; cat "$work/gui.err" >&2
  [ $rc -eq 124 ] && fail "the GUI did not exit within 120 s"
  fail "the GUI exited with $rc and/or printed no first-frame-ms line"
fi
echo "smoke: GUI ok: $(grep '^first-frame-ms=' <<<"$out"), exit 0 after ${wall} ms wall clock ($cds, DISPLAY=${DISPLAY:-none})"

if [ -x "$cli" ]; then
  version=$(timeout 60 "$cli" --version 2>"$work/cli.err")
  rc=$?
  if [ $rc -ne 0 ] || ! grep -q '^dbm [0-9]' <<<"$version" || grep -q SNAPSHOT <<<"$version"; then
    cat "$work/cli.err" >&2
    fail "dbm --version exited with $rc and printed: $version"
  fi
  echo "smoke: CLI ok: $version"
else
  fail "no dbm launcher at $cli"
fi
