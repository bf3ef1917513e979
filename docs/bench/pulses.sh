#!/usr/bin/env bash
# FX pulse gaps of live runs in the app (docs/performance.md): opens `deepfreq gui --autostart` under Xvfb, waits for
# the run's logged pulse statistics, closes the app, and prints that line, RUNS times; exits 1 when a run logged none.
# usage: docs/bench/pulses.sh PRESET [RUNS] [GUI_ARGS...]     (needs xvfb-run; GUI_ARGS e.g. --data-dir DIR)
#   every run: gui --preset PRESET --set epochs=20 --set stop-loss=0 --autostart GUI_ARGS, with
#   DEEPFREQ_JAVA_OPTS="-Xmx4g -Ddeepfreq.log.level=INFO" plus $EXTRA_OPTS
# The app's JVM is stopped with SIGTERM before the X server, so that JavaFX removes its temporary font files (an X
# server that goes first ends the process without its shutdown hooks).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
preset="${1:?usage: pulses.sh PRESET [RUNS] [GUI_ARGS...]}"
if [[ "${2:-}" =~ ^[0-9]+$ ]]; then runs="$2"; shift 2; else runs=3; shift; fi
command -v xvfb-run >/dev/null || { echo "pulses.sh: xvfb-run not found (Debian: apt-get install xvfb xauth)" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
failed=0
app_pids() { pgrep -f -- "-Ddeepfreq.home=$here .*gui --preset $preset" || true; }
for ((i = 1; i <= runs; i++)); do
  DEEPFREQ_JAVA_OPTS="-Xmx4g -Ddeepfreq.log.level=INFO ${EXTRA_OPTS:-}" setsid xvfb-run -a "$here/deepfreq" gui \
    --preset "$preset" --set epochs=20 --set stop-loss=0 --autostart "$@" >"$log" 2>&1 &
  session=$!
  for ((t = 0; t < 600; t++)); do # up to five minutes per run
    grep -q "during the run" "$log" && break
    kill -0 "$session" 2>/dev/null || break
    sleep 0.5
  done
  pids="$(app_pids)"
  [[ -n "$pids" ]] && kill -TERM $pids 2>/dev/null || true
  for ((t = 0; t < 20; t++)); do
    [[ -z "$(app_pids)" ]] && break
    sleep 0.5
  done
  kill -TERM -- "-$session" 2>/dev/null || true
  wait "$session" 2>/dev/null || true
  line="$(grep -o "during the run.*" "$log" || true)"
  if [[ -n "$line" ]]; then
    echo "$preset run $i: $line"
  else
    echo "$preset run $i: no pulse statistics logged; the app's last lines:" >&2
    tail -5 "$log" >&2
    failed=1
  fi
done
exit "$failed"
