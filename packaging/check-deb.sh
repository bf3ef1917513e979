#!/usr/bin/env bash
# Installs the built .deb with apt-get, starts the installed launcher with --version and the command line
# (/usr/bin/deepfreq) with a small rdf, checks that the app writes nothing into its install folder, then removes the
# package. Run as root on Debian/Ubuntu, ideally in a throwaway machine or container (the install is system-wide).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="$(ls "$here"/target/packaging/deepfreq-studio_*.deb | head -1)"
# jpackage's post-install script registers the menu entry with xdg-desktop-menu, which fails on minimal
# systems without the freedesktop menu folders; desktops have them.
mkdir -p /usr/share/applications /usr/share/desktop-directories
apt-get install -y "$deb"
launcher=/opt/deepfreq-studio/bin/deepfreq-studio
before="$(find /opt/deepfreq-studio -newer "$deb" | wc -l)"
"$launcher" --version
HOME="$(mktemp -d)" "$launcher" datasets list
# the command line (bin/deepfreq, linked as /usr/bin/deepfreq): a small rdf twice, the second with the class-data
# archive the first left in the user's cache
user_home="$(mktemp -d)"
printf 'x\n0\n0.5\n1\n1.5\n' >"$user_home/x.csv"
printf 'y\n0\n1\n0\n1\n' >"$user_home/y.csv"
for run in first second; do
  HOME="$user_home" deepfreq rdf --x "$user_home/x.csv" --y "$user_home/y.csv" --inv-delta-min 0.1 --inv-delta-max 10 \
    --steps 5 --out "$user_home/rdf-$run.csv"
  [[ -s "$user_home/rdf-$run.csv" ]] || { echo "check-deb: deepfreq rdf wrote no result ($run run)" >&2; exit 1; }
  for wait in $(seq 60); do # the first run dumps its archive in the background
    ls "$user_home"/.cache/deepfreq-studio/cds/rdf-*.jsa >/dev/null 2>&1 && break
    sleep 1
  done
done
ls "$user_home"/.cache/deepfreq-studio/cds/rdf-*.jsa >/dev/null \
  || { echo "check-deb: no class-data archive" >&2; exit 1; }
after="$(find /opt/deepfreq-studio -newer "$deb" | wc -l)"
[[ "$before" == "$after" ]] || { echo "check-deb: the app wrote into its install folder" >&2; exit 1; }
ls /usr/share/applications/ | grep -i deepfreq || echo "check-deb: no desktop entry found" >&2
apt-get remove -y deepfreq-studio
[[ ! -e /usr/bin/deepfreq ]] || { echo "check-deb: /usr/bin/deepfreq left after removal" >&2; exit 1; }
echo "check-deb: ok"
