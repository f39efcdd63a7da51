#!/usr/bin/env bash
# Build the one-folder bundle for machines without Python: dist/simulator/ holds `simulator` and `simulator-gui`.
# The wheel is built and installed in a fresh venv first, so the bundle holds what a user's install holds.
# Then the bundle is checked: it lists the library and its window starts (offscreen) and writes its log.
# On Windows and macOS the same steps apply by hand (see docs/installing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/venv"
"$work/venv/bin/pip" wheel -q --no-deps -w "$work/wheel" .
wheel=$(ls "$work"/wheel/*.whl)
"$work/venv/bin/pip" install -q "$wheel[bundle]"
(cd packaging && "$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath ../dist --workpath "$work/build" simulator.spec)

# The checks, from an empty folder with a data folder of its own.
bundle=$(pwd)/dist/simulator
mkdir "$work/empty"
cd "$work/empty"
export SIMULATOR_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
"$bundle/simulator" list
status=0
timeout 20 "$bundle/simulator" || status=$?
if [ "$status" -ne 124 ]; then
    echo "the bundle's window did not keep running (exit $status)" >&2
    exit 1
fi
grep -q "started" "$work/data/logs/simulator.log"
echo "bundle ready: $bundle ($(du -sh "$bundle" | cut -f1))"
