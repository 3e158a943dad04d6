#!/usr/bin/env bash
# Renders the app icon set from the SVG masters:
#   app-icon.svg       the full master (48 px and up)
#   app-icon-small.svg the small-size master (16 to 32 px): thicker strokes, fewer details
# Needs Debian's librsvg2-bin (rsvg-convert), icnsutils (png2icns) and imagemagick (convert).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
command -v png2icns >/dev/null || missing+=(icnsutils)
# /usr/local/bin/convert may be a stand-in on the build machines: use ImageMagick's own
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || CONVERT=$(command -v magick || true)
[ -n "$CONVERT" ] && [ -x "$CONVERT" ] || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing tools: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  master=app-icon.svg
  [ "$size" -le 32 ] && master=app-icon-small.svg
  rsvg-convert -w "$size" -h "$size" "$master" -o "png/app-icon-$size.png"
done

# Windows: one .ico with the usual layers
"$CONVERT" png/app-icon-16.png png/app-icon-24.png png/app-icon-32.png png/app-icon-48.png \
  png/app-icon-64.png png/app-icon-128.png png/app-icon-256.png app-icon.ico

# macOS: png2icns takes the sizes the icns format has (16, 32, 48, 128, 256, 512, 1024)
png2icns app-icon.icns png/app-icon-16.png png/app-icon-32.png png/app-icon-48.png png/app-icon-128.png \
  png/app-icon-256.png png/app-icon-512.png png/app-icon-1024.png >/dev/null

# the window and taskbar icons (Stage icons) come from the class path
res=../src/main/resources/dev/dynamobackup/icons
mkdir -p "$res"
for size in 16 32 48 64 128 256; do cp "png/app-icon-$size.png" "$res/"; done
echo "rendered: png/ (9 sizes), app-icon.ico, app-icon.icns, and $res"
