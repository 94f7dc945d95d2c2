#!/usr/bin/env bash
# Builds the .deb with CPack in the given build directory and checks that it holds both executables.
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/rightresponse_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for exe in usr/bin/rightresponse usr/bin/rightresponse-cli; do
    grep -q " ./$exe\$" <<<"$contents" || { echo "check-deb: $deb lacks $exe" >&2; exit 1; }
done
echo "check-deb: $deb holds rightresponse and rightresponse-cli ($(du -h "$deb" | cut -f1))"
