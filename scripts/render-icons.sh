#!/usr/bin/env bash
# Renders the application icon from resources/icons/vastharvest.svg into the
# PNG sizes installed on Linux and the multi-size .ico used on Windows. The
# results are committed, so a build needs neither tool. Run this only after
# changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin) and icotool
# (Debian: icoutils).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert icotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "render-icons: $tool not found. Install librsvg2-bin and icoutils." >&2
        exit 1
    fi
done

svg=resources/icons/vastharvest.svg
sizes=(16 32 48 64 128 256)
pngs=()
for size in "${sizes[@]}"; do
    dir="resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --output "$dir/vastharvest.png" "$svg"
    pngs+=("$dir/vastharvest.png")
done

# The 256 px image goes into the .ico as PNG, the format Windows uses for
# that size, and the smaller ones as bitmaps.
mkdir -p resources/windows
icotool --create --output resources/windows/vastharvest.ico \
    "${pngs[@]:0:5}" --raw="${pngs[5]}"
echo "render-icons: wrote ${#pngs[@]} PNG files and resources/windows/vastharvest.ico"
