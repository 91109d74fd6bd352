#!/usr/bin/env bash
# Linux CI for the Windows packaging (called by .ci/run): build the PyInstaller bundle, run
# its self-test offscreen, report the bundle's size and start time, and compile the NSIS
# installer script as a check (Debian's makensis; the payload is this Linux bundle, so the
# result is deleted, never shipped). Takes about two to three minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v makensis >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y -qq --no-install-recommends nsis >/dev/null \
    || echo "warning: could not install nsis; the NSIS check is skipped"
fi
python3 -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10,<7'

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
export ACCT_DESKTOP_DATA_DIR="$scratch/data"   # the bundle's log and data stay out of $HOME
bundle=dist/acct-desktop
now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
qt_noise() { grep -v 'does not support propagateSizeHints' >&2 || true; }

echo "== bundle (python installer/build.py --no-installer)"
python3 installer/build.py --no-installer

echo "== bundled self-test ($bundle/acct-desktop-cli --selftest)"
started=$(now)
if ! "$bundle/acct-desktop-cli" --selftest; then
  echo "-- end of the bundle's log:"
  tail -n 60 "$ACCT_DESKTOP_DATA_DIR/logs/acct-desktop.log" || true
  exit 1
fi
selftest_s=$(since "$started")

echo "== bundled start (acct-desktop --db S-demo --quit-when-ready, 3 runs)"
"$bundle/acct-desktop-cli" demo --size S --db "$scratch/s.acctdb" --quiet >/dev/null 2>&1
for run in 1 2 3; do
  started=$(now)
  ready=$("$bundle/acct-desktop" --db "$scratch/s.acctdb" --quit-when-ready 2> >(qt_noise))
  echo "  run $run: ready after ${ready#ready } s (app clock), process wall $(since "$started") s"
done

echo "== NSIS installer script (makensis check)"
python3 installer/build.py --installer-only

echo "== summary"
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($bundle)"
echo "bundled self-test wall time: $selftest_s s"
