# Sourced by the packaging and benchmark scripts: a display for JavaFX windows.
# need_display [prefer-xvfb]: keeps $DISPLAY when it is set (macOS needs none); otherwise starts Xvfb on a
#   free display number (Xvfb -displayfd picks it) and exports DISPLAY. With prefer-xvfb (the build's
#   smoke test and AppCDS training), Xvfb is used even when DISPLAY is set, so no window flashes up on
#   the developer's screen; $DISPLAY only when Xvfb is not installed. Returns 1 when there is no display.
# stop_display: stops that Xvfb (call it from an EXIT trap).

XVFB_PID=""

need_display() {
  if [ "$(uname -s)" = Darwin ]; then
    return 0
  fi
  if ! command -v Xvfb >/dev/null 2>&1; then
    [ -n "${DISPLAY:-}" ]
    return
  fi
  if [ -n "${DISPLAY:-}" ] && [ "${1:-}" != prefer-xvfb ]; then
    return 0
  fi
  local numfile
  numfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$numfile" >/dev/null 2>&1 &
  XVFB_PID=$!
  local i
  for i in $(seq 1 100); do
    [ -s "$numfile" ] && break
    sleep 0.1
  done
  if [ ! -s "$numfile" ]; then
    stop_display
    rm -f "$numfile"
    echo "Xvfb did not start" >&2
    return 1
  fi
  export DISPLAY=":$(head -n 1 "$numfile")"
  rm -f "$numfile"
  return 0
}

stop_display() {
  if [ -n "$XVFB_PID" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  fi
}
