#!/usr/bin/env bash
# Start-up benchmark: the time to the main window's first frame next to a bare JavaFX window's, in the
# same run, under Xvfb (started here on a free display when DISPLAY is unset).
#
#   bash scripts/bench-startup.sh [N] [--rebuild]     N runs of every variant, alternating (default 5)
#
# Variants (each prints first-frame-ms = milliseconds from process start to the first rendered frame):
#   packaged        the app-image's launcher: jlinked runtime + AppCDS archive   (bin/dynamo-backup-manager --smoke)
#   packaged-bare   the same launcher, a bare JavaFX window                       (--bare --smoke)
#   packaged-nocds  the app-image's launcher with the AppCDS archive off          (JAVA_TOOL_OPTIONS=-Xshare:off)
#   classpath       the JDK on the PATH with the jars of target/app               (java -cp 'target/app/*' ... --smoke)
#   classpath-bare  the same, bare window
# Builds the app-image first when it is missing (or with --rebuild): mvn -DskipTests -Dimage.skip=false verify.
# The app's runs also print complete-window-ms: the table list (attached after the first frame) rendered too.
# Prints every run, then the median first-frame time, CPU time until the first frame (the process's
# user+sys, from /proc; less swayed by other load than the wall clock) and CPU time until exit of each
# variant, the app/bare ratios and the median start-up milestones of the app (see StartupTrace).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/display.sh

runs=5
rebuild=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    ''|*[!0-9]*) echo "usage: $0 [N] [--rebuild]" >&2; exit 2 ;;
    *) runs=$arg ;;
  esac
done

image=target/jpackage/image/dynamo-backup-manager
launcher="$image/bin/dynamo-backup-manager"
if $rebuild || [ ! -x "$launcher" ] || [ ! -f target/app/dynamo-backup-manager.jar ]; then
  echo "building the app-image: mvn -B -q -DskipTests -Dimage.skip=false verify"
  mvn -B -q -DskipTests -Dimage.skip=false verify
fi
java_cmd=java
[ -n "${JAVA_HOME:-}" ] && java_cmd="$JAVA_HOME/bin/java"

work=$(mktemp -d)
cleanup() { stop_display; rm -rf "$work"; }
trap cleanup EXIT
need_display || { echo "no DISPLAY and no Xvfb (apt-get install xvfb libgtk-3-0)" >&2; exit 1; }
# the app must not read or write the user's settings
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

variants=(packaged packaged-bare packaged-nocds classpath classpath-bare)
run_variant() {
  local v=$1
  shift
  case "$v" in
    packaged) "$@" "$launcher" --smoke ;;
    packaged-bare) "$@" "$launcher" --bare --smoke ;;
    packaged-nocds) JAVA_TOOL_OPTIONS=-Xshare:off "$@" "$launcher" --smoke ;;
    classpath) "$@" "$java_cmd" -Dsqlite4java.library.path=target/app -cp 'target/app/*' dev.dynamobackup.app.Launcher --smoke ;;
    classpath-bare) "$@" "$java_cmd" -cp 'target/app/*' dev.dynamobackup.app.Launcher --bare --smoke ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

has_time=false
[ -x /usr/bin/time ] && has_time=true
echo "display $DISPLAY, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'), $runs runs each, alternating"
if [ -f "$image/lib/app/app.jsa" ]; then echo "packaged: AppCDS archive $(du -h "$image/lib/app/app.jsa" | cut -f1)"; else echo "packaged: no AppCDS archive"; fi
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    if $has_time; then
      out=$(run_variant "$v" /usr/bin/time -f 'cpu-ms %U %S' 2>"$work/err" || true)
      cpu=$(awk '/^cpu-ms/ {printf "%d", ($2 + $3) * 1000}' "$work/err")
    else
      out=$(run_variant "$v" env 2>"$work/err" || true)
      cpu=""
    fi
    ms=$(sed -n 's/^first-frame-ms=//p' <<<"$out")
    if [ -z "$ms" ]; then
      echo "run $i $v: FAILED" >&2; cat "$work/err" >&2; exit 1
    fi
    echo "$ms" >>"$work/$v.ms"
    complete=$(sed -n 's/^complete-window-ms=//p' <<<"$out")
    [ -n "$complete" ] && echo "$complete" >>"$work/$v.complete"
    ffcpu=$(sed -n 's/^first-frame-cpu-ms=//p' <<<"$out")
    [ -n "$ffcpu" ] && echo "$ffcpu" >>"$work/$v.ffcpu"
    [ -n "$cpu" ] && echo "$cpu" >>"$work/$v.cpu"
    trace=$(sed -n 's/^startup-trace: //p' <<<"$out")
    [ -n "$trace" ] && echo "$trace" >>"$work/$v.trace"
    printf 'run %d %-15s first-frame-ms=%-5s complete-ms=%-5s ff-cpu-ms=%-5s cpu-ms=%-5s %s\n' "$i" "$v" "$ms" "${complete:--}" "${ffcpu:--}" "${cpu:--}" "$trace"
  done
done

echo
printf '%-15s %18s %24s %20s\n' variant "median first-frame" "median cpu to first frame" "median cpu to exit"
for v in "${variants[@]}"; do
  printf '%-15s %15s ms %21s ms %17s ms\n' "$v" "$(median <"$work/$v.ms")" \
    "$( [ -f "$work/$v.ffcpu" ] && median <"$work/$v.ffcpu" || echo -)" "$( [ -f "$work/$v.cpu" ] && median <"$work/$v.cpu" || echo -)"
done
app=$(median <"$work/packaged.ms"); bare=$(median <"$work/packaged-bare.ms")
cp_app=$(median <"$work/classpath.ms"); cp_bare=$(median <"$work/classpath-bare.ms")
echo
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio packaged app / packaged bare:   %.2f\n", a / b}'
if [ -f "$work/packaged.ffcpu" ] && [ -f "$work/packaged-bare.ffcpu" ]; then
  awk -v a="$(median <"$work/packaged.ffcpu")" -v b="$(median <"$work/packaged-bare.ffcpu")" \
    'BEGIN {printf "ratio packaged app / packaged bare, CPU to first frame: %.2f\n", a / b}'
fi
if [ -f "$work/packaged.complete" ]; then
  awk -v a="$(median <"$work/packaged.complete")" -v b="$bare" \
    'BEGIN {printf "median complete window (table list too), packaged: %d ms; ratio to the packaged bare first frame: %.2f\n", a, a / b}'
fi
awk -v a="$cp_app" -v b="$cp_bare" 'BEGIN {printf "ratio classpath app / classpath bare: %.2f\n", a / b}'
awk -v a="$app" -v b="$cp_app" 'BEGIN {printf "ratio packaged app / classpath app:   %.2f\n", a / b}'
awk -v a="$app" -v b="$(median <"$work/packaged-nocds.ms")" 'BEGIN {printf "ratio packaged app / same without AppCDS: %.2f\n", a / b}'
for v in packaged packaged-nocds classpath; do
  [ -f "$work/$v.trace" ] || continue
  # the median of every milestone (ms since process start)
  line=""
  for key in $(head -n 1 "$work/$v.trace" | tr ' ' '\n' | cut -d= -f1); do
    line="$line $key=$(tr ' ' '\n' <"$work/$v.trace" | sed -n "s/^$key=//p" | median)"
  done
  echo "median milestones, $v:$line"
done
