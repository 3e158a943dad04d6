#!/usr/bin/env bash
# AppCDS for the Linux app-image: a static class-data-sharing archive of the classes the GUI loads up to
# its first frame, so the JVM maps them instead of loading, verifying and linking them on every start.
#
#   packaging/cds.sh build IMAGE [--installer-copy=DIR | --no-installer-copy]
#       train + dump (what "mvn verify" and "mvn -Ppackage package" run); with --installer-copy, also copies
#       the trained image (class list, no archive) to DIR for the .deb/.rpm (see below)
#   packaging/cds.sh train IMAGE   runs the GUI once with --smoke and dbm once against a stand-in endpoint
#                                  (packaging/cds-endpoint.py): writes lib/app/app.classlist (needs a display)
#   packaging/cds.sh dump IMAGE    writes lib/app/app.jsa from the class list (no display needed)
#
# Both steps go through the image's own launcher (JAVA_TOOL_OPTIONS carries the extra JVM options), so the
# archive is made with exactly the class path and options the launcher uses; the launchers already point
# at it (-XX:SharedArchiveFile=$APPDIR/app.jsa, ignored by the JVM while the file is absent).
# A JDK 17 archive is tied to the absolute path of the jars it was made from: it is valid for the image
# where it was dumped. The .deb therefore ships the class list and its postinst dumps the archive for
# /opt/dynamo-backup-manager at install time (~40 MB, removed by its prerm).
# The training runs under its own Xvfb ($DISPLAY when Xvfb is missing); with neither, the training (and
# so the archive) is skipped with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/display.sh"

usage() { echo "usage: $0 build|train|dump IMAGE [--installer-copy=DIR|--no-installer-copy]" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
image=$(cd "$2" && pwd -P)
installer_copy=""
case "${3:-}" in
  --installer-copy=*) installer_copy=${3#--installer-copy=} ;;
  --no-installer-copy|"") ;;
  *) usage ;;
esac
name=$(basename "$image")
gui="$image/bin/$name"
app="$image/lib/app"
classlist="$app/app.classlist"
archive="$app/app.jsa"
[ -x "$gui" ] || { echo "cds: no launcher at $gui" >&2; exit 1; }

work=$(mktemp -d)
cleanup() { stop_display; rm -rf "$work"; }
trap cleanup EXIT

train() {
  rm -f "$classlist" "$archive"
  if ! need_display prefer-xvfb; then
    echo "cds: SKIPPED: no DISPLAY and no Xvfb (apt-get install xvfb): the app-image has no AppCDS archive" >&2
    return 1
  fi
  # a throw-away config and data folder: the training run must not read the user's settings
  local out
  if ! out=$(XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
      JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" timeout 180 "$gui" --smoke 2>"$work/train.err"); then
    cat "$work/train.err" >&2
    echo "cds: the training run failed" >&2
    exit 1
  fi
  grep -q '^first-frame-ms=' <<<"$out" || { echo "cds: the training run printed no first-frame-ms line: $out" >&2; exit 1; }
  echo "cds: class list: $(grep -vc '^@' "$classlist") classes ($(grep -c '^@' "$classlist") lambda/invoker lines) -> $classlist"
  train_cli
}

# The dbm launcher shares the archive: its classes (picocli, the SDK's client, signing, HTTP and response
# parsing, ~3,000 the GUI does not load before its first frame) join the class list from one
# `dbm tables --all-regions` against packaging/cds-endpoint.py (python3; skipped with a message without it).
train_cli() {
  local dbm="$image/bin/dbm"
  [ -x "$dbm" ] || return 0
  if ! command -v python3 >/dev/null 2>&1; then
    echo "cds: no python3: the archive holds the GUI's classes only (dbm starts slower)" >&2
    return 0
  fi
  python3 "$here/cds-endpoint.py" >"$work/endpoint.port" &
  local endpoint_pid=$! port="" i
  for i in $(seq 1 50); do
    port=$(head -n 1 "$work/endpoint.port" 2>/dev/null || true)
    [ -n "$port" ] && break
    sleep 0.1
  done
  if [ -z "$port" ] || ! XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
      JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/cli.classlist" timeout 120 "$dbm" tables --all-regions \
      --endpoint "http://127.0.0.1:$port" >"$work/cli.out" 2>"$work/cli.err"; then
    kill "$endpoint_pid" 2>/dev/null || true
    cat "$work/cli.err" >&2
    echo "cds: the dbm training run failed" >&2
    exit 1
  fi
  kill "$endpoint_pid" 2>/dev/null || true
  # one list for both launchers; a line the GUI's list has already is left out
  awk '!seen[$0]++' "$classlist" "$work/cli.classlist" >"$work/merged.classlist"
  mv "$work/merged.classlist" "$classlist"
  echo "cds: class list with dbm's: $(grep -vc '^@' "$classlist") classes"
}

dump() {
  [ -f "$classlist" ] || { echo "cds: no class list at $classlist (run '$0 train' first)" >&2; exit 1; }
  rm -f "$archive"
  # -Xshare:dump: the JVM writes the archive named by the launcher's -XX:SharedArchiveFile and exits
  if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist" timeout 300 "$gui" >"$work/dump.log" 2>&1 \
      || [ ! -f "$archive" ]; then
    cat "$work/dump.log" >&2
    echo "cds: dumping the archive failed" >&2
    exit 1
  fi
  # proof that both launchers map it (-Xshare:on refuses to start otherwise)
  if [ -x "$image/bin/dbm" ] && ! JAVA_TOOL_OPTIONS="-Xshare:on" "$image/bin/dbm" --version >"$work/verify.log" 2>&1; then
    cat "$work/verify.log" >&2
    echo "cds: the dbm launcher cannot use the archive" >&2
    exit 1
  fi
  echo "cds: archive: $(du -h "$archive" | cut -f1) -> $archive"
}

copy_for_installers() {
  [ -n "$installer_copy" ] || return 0
  rm -rf "${installer_copy:?}/$name"
  mkdir -p "$installer_copy"
  cp -a "$image" "$installer_copy/"
  rm -f "$installer_copy/$name/lib/app/app.jsa"
  echo "cds: installer copy (class list, no archive) -> $installer_copy/$name"
}

case "$command" in
  train) train ;;
  dump) dump ;;
  build)
    if train; then
      copy_for_installers
      dump
    else
      copy_for_installers
    fi
    ;;
  *) usage ;;
esac
