#!/usr/bin/env bash
# Renders the app icon set from app-icon.svg:
#   png/app-icon-<N>.png  N = 16 24 32 48 64 128 256 512 1024
#   app-icon.ico          Windows (16 24 32 48 64 128 256 layers)
#   app-icon.icns         macOS   (16 32 48 128 256 512 1024)
# and copies the Stage-icon PNGs (16 32 48 64 128 256) to
#   ../src/main/resources/dev/dynamobackup/icons/
#
# Needs (Debian/Ubuntu): librsvg2-bin (rsvg-convert), icnsutils (png2icns),
# imagemagick (convert / magick). Installs nothing itself.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

SRC=app-icon.svg
PNG_DIR=png
RES_DIR=../src/main/resources/dev/dynamobackup/icons

PNG_SIZES=(16 24 32 48 64 128 256 512 1024)
ICO_SIZES=(16 24 32 48 64 128 256)
# png2icns (icnsutils 0.8.1) accepts 16, 32, 48, 128, 256, 512 and 1024 px
# squares; it has no 24 or 64 px icon type, so those sizes are not in the .icns.
ICNS_SIZES=(16 32 48 128 256 512 1024)
STAGE_SIZES=(16 32 48 64 128 256)

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v png2icns >/dev/null 2>&1 || missing+=(icnsutils)

# Find a real ImageMagick. Some machines have a non-ImageMagick "convert"
# earlier on PATH, so every candidate must identify itself as ImageMagick.
IM=""
for c in magick /usr/bin/magick /usr/bin/convert /usr/bin/convert-im6.q16 convert; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -version 2>/dev/null | grep -q ImageMagick; then
        IM=$(command -v "$c")
        break
    fi
done
[[ -n "$IM" ]] || missing+=(imagemagick)

if ((${#missing[@]})); then
    echo "render.sh: missing tools. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

[[ -f "$SRC" ]] || { echo "render.sh: $SRC not found in $(pwd)" >&2; exit 1; }

mkdir -p "$PNG_DIR" "$RES_DIR"

echo "Rendering PNGs from $SRC"
for n in "${PNG_SIZES[@]}"; do
    rsvg-convert --width "$n" --height "$n" --format png "$SRC" -o "$PNG_DIR/app-icon-$n.png"
done

echo "Building app-icon.ico with $IM"
ico_in=()
for n in "${ICO_SIZES[@]}"; do ico_in+=("$PNG_DIR/app-icon-$n.png"); done
"$IM" "${ico_in[@]}" app-icon.ico

echo "Building app-icon.icns"
icns_in=()
for n in "${ICNS_SIZES[@]}"; do icns_in+=("$PNG_DIR/app-icon-$n.png"); done
rm -f app-icon.icns
png2icns app-icon.icns "${icns_in[@]}" >/dev/null

echo "Copying Stage icons to $RES_DIR"
for n in "${STAGE_SIZES[@]}"; do
    cp "$PNG_DIR/app-icon-$n.png" "$RES_DIR/app-icon-$n.png"
done

echo "Done."
