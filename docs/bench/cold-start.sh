#!/usr/bin/env bash
# Whole-process `deepfreq rdf` against the numpy reference, in the same minutes (docs/performance.md, cold start).
# usage: docs/bench/cold-start.sh INPUT_DIR SMALL_DIR [CHECKOUT...]
#   INPUT_DIR, SMALL_DIR: x.npy and y.npy made by make_rdf_input.py (N = 8000 and N = 50)
#   CHECKOUT: folders with a built ./deepfreq (default: this checkout); each is run once before timing (untimed),
#   so that its launcher's class-data archive exists, as it does from the second use on.
# Prints one line per run: what, wall, user and system seconds. numpy runs first and last, with OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE unset (they force a slower kernel on some machines), and once more written the textbook way
# (rdf_reference.py --plain) at the very end; then the largest LFR difference to numpy and each checkout's N = 8000
# runs as multiples of the --plain run's wall time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
big="$1"; small="$2"; shift 2
checkouts=("$@"); [[ ${#checkouts[@]} -gt 0 ]] || checkouts=("$here/../..")
grid=(--inv-delta-min 0.001 --inv-delta-max 0.1 --steps 40 --normalize)
out="$(mktemp -d)"
timed() { # label command...
  local label="$1"; shift
  /usr/bin/time -f "$label wall=%e user=%U sys=%S" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
  cat "$out/time" | tee -a "$out/all"
}
numpy() {
  timed "numpy-8000" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/rdf_reference.py" "$big/x.npy" "$big/y.npy" \
    0.001 0.1 40 --normalize --out "$out/numpy.csv"
  grep -o 'numpy_compute_seconds=[0-9.]*' "$out/err"
}
for c in "${checkouts[@]}"; do
  "$c/deepfreq" rdf --x "$small/x.npy" --y "$small/y.npy" "${grid[@]}" --out "$out/prime.csv" 2>/dev/null
done
for i in $(seq 90); do # the first run dumps its class-data archive in the background: let it finish
  pgrep -f -- '-Xshare:dump' >/dev/null || break
  sleep 1
done
numpy
for c in "${checkouts[@]}"; do
  name="$(basename "$(cd "$c" && pwd)")"
  for i in 1 2 3; do
    timed "$name rdf-8000" "$c/deepfreq" rdf --x "$big/x.npy" --y "$big/y.npy" "${grid[@]}" --out "$out/java.csv"
  done
  for i in 1 2 3; do
    timed "$name rdf-50" "$c/deepfreq" rdf --x "$small/x.npy" --y "$small/y.npy" "${grid[@]}" --out "$out/small.csv"
  done
done
numpy
timed "numpy-plain-8000" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/rdf_reference.py" "$big/x.npy" \
  "$big/y.npy" 0.001 0.1 40 --normalize --plain --out "$out/plain.csv"
python3 - "$out/java.csv" "$out/numpy.csv" "$out/all" <<'PY'
import sys, numpy as np
a = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1); b = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1)
print(f"largest |LFR difference| java - numpy: {np.abs(a[:, 1] - b[:, 1]).max():.2e}; peaks at 1/delta "
      f"{a[a[:, 2].argmax(), 0]:.5g} and {b[b[:, 2].argmax(), 0]:.5g}")
runs = [line.split() for line in open(sys.argv[3])]
wall = lambda run: float(run[-3].split("=")[1])
plain = [wall(r) for r in runs if r[0] == "numpy-plain-8000"][0]
for name in dict.fromkeys(r[0] for r in runs if r[1:2] == ["rdf-8000"]):
    times = [wall(r) for r in runs if r[0] == name and r[1] == "rdf-8000"]
    print(f"{name} rdf-8000 against numpy --plain ({plain:.2f} s): "
          + " / ".join(f"{plain / t:.1f}x" for t in times))
PY
rm -rf "$out"
