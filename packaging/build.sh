#!/usr/bin/env bash
# Builds DeepFreq Studio as a Linux app image and a .deb with a bundled (jlink) runtime.
# Usage: packaging/build.sh [app-image|deb|all]   (default: all). Called by `mvn -Ppackage package`.
# Needs: JDK 17+ with jpackage; for .deb also fakeroot and dpkg-deb (apt-get install fakeroot).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
what="${1:-all}"
version="$(sed -n 's/^version=//p' target/classes/org/deepfreq/version.properties)"
[[ -f target/deepfreq-studio.jar && -d target/lib ]] || { echo "build.sh: run 'mvn -B -DskipTests package' first" >&2; exit 1; }
input=target/jpackage-input
out=target/packaging
rm -rf "$input" "$out"
mkdir -p "$input/lib" "$out"
cp target/deepfreq-studio.jar "$input/"
cp target/lib/*.jar "$input/lib/"
# Modules: `jdeps --print-module-deps --ignore-missing-deps --class-path 'target/lib/*' target/deepfreq-studio.jar`
# plus what is loaded reflectively (JavaFX/AWT image export, logging, JMX for ND4J, TLS for downloads).
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs
common=(--name deepfreq-studio --app-version "$version" --vendor "DeepFreq Studio developers"
  --description "See the Deep Frequency Principle: live RDF of every split of a deep network while it trains"
  --input "$input" --main-jar deepfreq-studio.jar --main-class org.deepfreq.Launcher
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2"
  --java-options "-Xmx4g -Dorg.bytedeco.javacpp.maxphysicalbytes=6g" --icon assets/icon-256.png --dest "$out")
if [[ "$what" == app-image || "$what" == all ]]; then
  jpackage --type app-image "${common[@]}"
  echo "app image: $out/deepfreq-studio ($(du -sh "$out/deepfreq-studio" | cut -f1))"
fi
if [[ "$what" == deb || "$what" == all ]]; then
  jpackage --type deb "${common[@]}" --license-file LICENSE --linux-package-name deepfreq-studio \
    --linux-shortcut --linux-menu-group "Science;Education" --linux-app-category science \
    --linux-deb-maintainer "deepfreq@localhost"
  echo "deb: $(ls "$out"/*.deb) ($(du -h "$out"/*.deb | cut -f1))"
fi
