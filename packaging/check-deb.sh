#!/usr/bin/env bash
# Builds the .deb with CPack in the given build directory and checks it as Debian would: its contents, its
# Depends (dpkg-shlibdeps), the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli),
# the icon sizes, the manual pages against the programs' --help, the systemd unit (systemd-analyze) and
# lintian (no error). Whether it installs on a fresh Debian 12: packaging/check-deb-fresh.sh (slow, not in CI).
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=io.github.rightresponse.RightResponse

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/rightresponse_*.deb | head -n 1)
version=$(grep -A1 '^project(RightResponse$' "$root/CMakeLists.txt" | sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p')
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] ||
    fail "$deb has version $(dpkg-deb -f "$deb" Version), CMakeLists.txt says $version"

contents=$(dpkg-deb -c "$deb")
for file in usr/bin/rightresponse usr/bin/rightresponse-cli \
    usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/man/man1/rightresponse.1.gz usr/share/man/man1/rightresponse-cli.1.gz \
    usr/share/doc/rightresponse/copyright usr/share/doc/rightresponse/changelog.gz \
    lib/systemd/system/rightresponse-intake.service etc/rightresponse/intake.conf \
    usr/share/rightresponse/rules/default.json; do
    grep -q " ./$file\$" <<<"$contents" || fail "$deb lacks $file"
done
if grep -q ' ./etc/systemd/' <<<"$contents"; then
    fail "$deb enables a unit (it ships /etc/systemd); the intake is enabled by the administrator"
fi
[[ $(dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles) == /etc/rightresponse/intake.conf ]] ||
    fail "$deb does not mark /etc/rightresponse/intake.conf as its conffile"

# Depends: the libraries dpkg-shlibdeps found, and the server of the embedded cluster.
depends=$(dpkg-deb -f "$deb" Depends)
for package in postgresql libc6 libqt6core6 libqt6widgets6 libpq5; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "$deb does not depend on $package: $depends"
done

x=$(mktemp -d)
trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x"

desktop-file-validate "$x/usr/share/applications/$id.desktop" || fail "desktop-file-validate failed"
grep -qx "Icon=$id" "$x/usr/share/applications/$id.desktop" || fail "the desktop entry's Icon is not $id"
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$root/app/gui/main.cpp" ||
    fail "app/gui/main.cpp does not set the desktop file name $id"
appstreamcli validate --no-net --pedantic "$x/usr/share/metainfo/$id.metainfo.xml" >"$x/appstream.txt" 2>&1 ||
    fail "appstreamcli validate: $(cat "$x/appstream.txt")"
newest=$(grep -o '<release version="[^"]*"' "$x/usr/share/metainfo/$id.metainfo.xml" | head -n 1 | cut -d'"' -f2)
[[ $newest == "$version" ]] || fail "the metainfo's newest release is $newest, not $version"
changelog=$(zcat "$x/usr/share/doc/rightresponse/changelog.gz" | head -n 1)
[[ $changelog == "rightresponse ($version) "* ]] || fail "the changelog's newest entry is not $version: $changelog"

for size in 16 32 48 64 128 256; do
    png=$x/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG"
done

# The manual pages: groff finds nothing to warn about, and they hold every command and option of --help.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
for page in rightresponse rightresponse-cli; do
    warnings=$(man --warnings -E UTF-8 -l -Tutf8 -Z "$x/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$page(1): $warnings"
done
cli=$x/usr/bin/rightresponse-cli
clipage=$(zcat "$x/usr/share/man/man1/rightresponse-cli.1.gz")
for command in $("$cli" --help | awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }'); do
    grep -qx ".SS $command" <<<"$clipage" || fail "rightresponse-cli(1) lacks the command $command"
    for option in $("$cli" "$command" --help | grep -o -- '^  \(-., \)\?--[a-z-]*' | grep -o -- '--[a-z-]*'); do
        grep -qF -- "${option//-/\\-}" <<<"$clipage" ||
            fail "rightresponse-cli(1) lacks $command $option"
    done
done
guipage=$(zcat "$x/usr/share/man/man1/rightresponse.1.gz")
for option in $(XDG_RUNTIME_DIR=$x "$x/usr/bin/rightresponse" --help | grep -o -- '^  \(-., \)\?--[a-z-]*' |
    grep -o -- '--[a-z-]*'); do
    grep -qF -- "${option//-/\\-}" <<<"$guipage" || fail "rightresponse(1) lacks $option"
done

# The intake's unit: the hardening the service relies on, and systemd's own check of the file (against the
# packaged executable and manual page).
unit=$x/lib/systemd/system/rightresponse-intake.service
for setting in DynamicUser=yes ProtectSystem=strict NoNewPrivileges=yes Restart=on-failure ProtectHome=yes \
    PrivateTmp=yes 'LoadCredential=intake-token:/etc/rightresponse/intake.token'; do
    grep -qx "$setting" "$unit" || fail "rightresponse-intake.service lacks $setting"
done
grep -q -- '--token-file %d/intake-token' "$unit" || fail "rightresponse-intake.service does not read the token"
if command -v systemd-analyze >/dev/null; then
    mkdir "$x/unit"
    sed "s|/usr/bin/|$x/usr/bin/|g" "$unit" >"$x/unit/rightresponse-intake.service"
    MANPATH=$x/usr/share/man systemd-analyze verify "$x/unit/rightresponse-intake.service" ||
        fail "systemd-analyze verify rightresponse-intake.service failed"
else
    echo "check-deb: no systemd-analyze; the unit's syntax is not verified" >&2
fi

lintian --fail-on error "$deb" >"$x/lintian.txt" 2>&1 ||
    fail "lintian reports errors:
$(cat "$x/lintian.txt")"
grep -v '^N:' "$x/lintian.txt" | grep -v 'running with root privileges' || true
echo "check-deb: $deb ($(du -h "$deb" | cut -f1)) passes desktop-file-validate, appstreamcli, its manual pages," \
    "systemd-analyze and lintian; Depends: $depends"
