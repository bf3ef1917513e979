#!/usr/bin/env bash
# Builds DeepFreq Studio as a Linux app image and a .deb with a bundled (jlink) runtime.
# Usage: packaging/build.sh [app-image|deb|all]   (default: all). Called by `mvn -Ppackage verify`.
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
image=(--name deepfreq-studio --app-version "$version" --vendor "DeepFreq Studio developers"
  --description "See the Deep Frequency Principle: live RDF of every split of a deep network while it trains"
  --icon assets/icon-256.png --dest "$out")
# class-data sharing: the runtime gets the JDK's archive (jlink --generate-cds-archive); the app's classes go into
# lib/app/deepfreq-studio.jsa, dumped from the class list recorded below at the path where the app then lives (an
# archive records its class path): here for the app image, by the .deb's post-install script at /opt. The JVM
# ignores a missing or stale archive. Archives are mapped where they were dumped (ArchiveRelocationMode=0): at a random
# address the JVM patches every pointer in them first (docs/performance.md).
jpackage --type app-image "${image[@]}" --input "$input" --main-jar deepfreq-studio.jar --main-class org.deepfreq.Launcher \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive" \
  --java-options "-Xmx4g -Dorg.bytedeco.javacpp.maxphysicalbytes=6g -XX:SharedArchiveFile=\$APPDIR/deepfreq-studio.jsa" \
  --java-options "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
app="$out/deepfreq-studio"
# the command line: the checkout's launcher, which in this layout runs the bundled runtime with each command's JVM
# options and environment (OMP_WAIT_POLICY, the OpenBLAS kernel, rdf's heap and compiler settings), rdf's short class
# path, and class-data archives per command and user in ~/.cache (packaging/README.md)
install -m 755 deepfreq "$app/bin/deepfreq"
# lib/app/ is then laid out as target/ is: the jars, lib/, and `rdf`'s jar and short class path (copied here, not
# given to jpackage, which would put every jar of its input on the app launcher's class path)
if [[ -f target/deepfreq-studio-rdf.jar && -f target/rdf.classpath ]]; then
  cp target/deepfreq-studio-rdf.jar target/rdf.classpath "$app/lib/app/"
fi
classes="$app/lib/app/deepfreq-studio.classlist"
sample="$(mktemp -d)"
printf 'x\n0\n0.5\n1\n1.5\n' > "$sample/x.csv"
printf 'y\n0\n1\n0\n1\n' > "$sample/y.csv"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classes" "$app/bin/deepfreq-studio" rdf --x "$sample/x.csv" \
  --y "$sample/y.csv" --inv-delta-min 0.1 --inv-delta-max 10 --steps 5 >/dev/null 2>&1 || rm -f "$classes"
rm -rf "$sample"
if [[ -s "$classes" ]]; then
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classes" "$app/bin/deepfreq-studio" --version >/dev/null 2>&1 \
    || echo "build.sh: no class-data archive for the app image (it runs without)" >&2
fi
echo "app image: $app ($(du -sh "$app" | cut -f1))"
if [[ "$what" == deb || "$what" == all ]]; then
  # the archive is dumped again at /opt by packaging/deb/postinst; the app image's own copy would not match there
  mv "$app/lib/app/deepfreq-studio.jsa" "$out/app-image.jsa" 2>/dev/null || true
  # JPACKAGE_VERBOSE=1: jpackage lists the resources it takes from packaging/deb and those it could take
  jpackage ${JPACKAGE_VERBOSE:+--verbose} --type deb --app-image "$app" "${image[@]}" --license-file LICENSE \
    --linux-package-name deepfreq-studio --linux-shortcut --linux-menu-group "Science;Education" \
    --linux-app-category science --linux-deb-maintainer "deepfreq@localhost" --resource-dir packaging/deb
  mv "$out/app-image.jsa" "$app/lib/app/deepfreq-studio.jsa" 2>/dev/null || true
  echo "deb: $(ls "$out"/*.deb) ($(du -h "$out"/*.deb | cut -f1))"
fi
if [[ "$what" == deb ]]; then
  rm -rf "$app"
fi
