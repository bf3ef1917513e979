#!/usr/bin/env bash
# Installs the built .deb with apt-get, starts the installed launcher with --version, checks that the app
# writes nothing into its install folder, then removes the package. Run as root on Debian/Ubuntu,
# ideally in a throwaway machine or container (the install is system-wide).
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
after="$(find /opt/deepfreq-studio -newer "$deb" | wc -l)"
[[ "$before" == "$after" ]] || { echo "check-deb: the app wrote into its install folder" >&2; exit 1; }
ls /usr/share/applications/ | grep -i deepfreq || echo "check-deb: no desktop entry found" >&2
apt-get remove -y deepfreq-studio
echo "check-deb: ok"
