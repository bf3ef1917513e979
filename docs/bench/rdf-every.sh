#!/usr/bin/env bash
# depth-1d at the paper's settings (width 50, lr 1e-3, until MSE < 1e-3), per depth: the whole `train` process with
# the RDF measured only at epoch 0 and the last epoch (rdf-every huge: pure training) and with rdf-every=auto.
# usage: [EPOCHS=E] docs/bench/rdf-every.sh OUT_DIR [DEPTHS...]   (default depths 1..6, E = 40000 epochs at most)
# With rdf-every=auto the RDF is measured about 40 times whatever the run's length, so a run cut at E epochs before
# it reaches MSE < 1e-3 spends a larger share on RDF than the full run: its ratio bounds the full run's from above.
# Prints per run: depth, setting, epochs trained, RDF measurements, wall, user+sys CPU seconds; then the ratios.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"; shift
depths=("$@"); [[ ${#depths[@]} -gt 0 ]] || depths=(1 2 3 4 5 6)
mkdir -p "$out"
for depth in "${depths[@]}"; do
  for every in 1000000 auto; do
    dir="$out/depth-$depth-every-$every"
    rm -rf "$dir"
    /usr/bin/time -f "%e %U %S" -o "$out/time" "$here/deepfreq" train --preset depth-1d --set depth="$depth" \
      --set width=50 --set stop-loss=1e-3 --set epochs="${EPOCHS:-40000}" --set rdf-every="$every" --out "$dir" > "$out/log" 2>&1 \
      || { tail -3 "$out/log"; exit 1; }
    read -r wall user sys < "$out/time"
    epochs=$(tail -n +2 "$dir/metrics.csv" | tail -1 | cut -d, -f1)
    measured=$(tail -n +2 "$dir/peaks.csv" | cut -d, -f1 | sort -un | wc -l)
    echo "depth=$depth rdf-every=$every epochs=$epochs rdf_measurements=$measured wall=$wall cpu=$(echo "$user + $sys" | bc)"
  done
done | tee "$out/results.txt"
awk '{for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      if (v["rdf-every"] == "auto") printf "depth %s: wall ratio %.2f, CPU ratio %.2f\n", v["depth"], v["wall"] / w, v["cpu"] / c;
      else { w = v["wall"]; c = v["cpu"] }}' "$out/results.txt"
