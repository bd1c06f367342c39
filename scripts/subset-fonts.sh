#!/bin/sh
# Rewrites app/fonts/*.woff2 from the @fontsource-variable files in node_modules.
# Run it again after upgrading either package; commit what it writes.
# Needs fontTools with Brotli (Debian: apt-get install python3-fonttools python3-brotli).
#
# Why: the two faces are preloaded and finish before the first paint, so every
# byte of them sits in a phone's largest contentful paint. Fontsource's Latin
# files carry every weight from 200 to 900 and OpenType features the site never
# asks for (fractions, numerators, tabular figures, mark positioning); the CSS
# uses 400, 600 and 700 only. Keeping weights 400-700 (still variable) and the
# features that shape ordinary text (kerning, ligatures, composition, localized
# forms) takes the pair from about 80 KB to about 52 KB. The Unicode range is
# fontsource's "latin" subset, unchanged. The fonts are SIL OFL 1.1 (Google's
# builds, no reserved font name): app/fonts/LICENSE-*.txt travel with them.
set -eu
cd "$(dirname "$0")/.."
FONTSOURCE=node_modules/@fontsource-variable
LATIN="U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
FEATURES="kern,liga,ccmp,locl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for face in source-serif-4 source-sans-3; do
  python3 -m fontTools.varLib.instancer -q \
    "$FONTSOURCE/$face/files/$face-latin-wght-normal.woff2" wght=400:700 \
    -o "$work/$face.ttf"
  python3 -m fontTools.subset "$work/$face.ttf" --unicodes="$LATIN" \
    --layout-features="$FEATURES" --flavor=woff2 \
    --output-file="app/fonts/$face-latin-400-700.woff2"
  cp "$FONTSOURCE/$face/LICENSE" "app/fonts/LICENSE-$face.txt"
done
ls -l app/fonts/*.woff2
