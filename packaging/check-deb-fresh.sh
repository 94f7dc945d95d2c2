#!/usr/bin/env bash
# Proves that the .deb installs on a fresh Debian 12: bootstraps a minimal bookworm (debootstrap, minbase)
# into a temporary directory, copies the .deb in, runs `apt install ./rightresponse_*.deb` there, then runs
# both programs' --help (the console offscreen), triages a sample export, and runs the intake as an
# unprivileged system user the way rightresponse-intake.service does (embedded database in a state
# directory, the token from a file) with `simulate` posting calls to it.
# Slow (a few minutes, mostly downloads) and needs root and the Debian mirror: not run by CI.
#   usage: sudo packaging/check-deb-fresh.sh [DEB]   (default: the newest build/*/rightresponse_*.deb)
# Environment: MIRROR (default http://deb.debian.org/debian), CACHE (debootstrap's package cache, default
# /var/cache/rightresponse-debootstrap), KEEP=1 keeps the chroot.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-$(ls -t "$root_dir"/build/*/rightresponse_*.deb 2>/dev/null | head -n 1)}
[[ -f $deb ]] || { echo "check-deb-fresh: no .deb; run packaging/dev.sh package first" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "check-deb-fresh: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-deb-fresh: apt-get install debootstrap" >&2; exit 2; }
mirror=${MIRROR:-http://deb.debian.org/debian}
cache=${CACHE:-/var/cache/rightresponse-debootstrap}

chroot_dir=$(mktemp -d /var/tmp/rightresponse-fresh.XXXXXX)
chmod 755 "$chroot_dir" # the root directory of the new system: every user must be able to enter it
intake=
cleanup() {
    if [[ -n $intake ]] && kill -0 "$intake" 2>/dev/null; then
        kill -TERM "$intake"
        wait "$intake" || true
    fi
    [[ -x $chroot_dir/usr/bin/rightresponse-cli && -d $chroot_dir/var/lib/rightresponse-intake/pg ]] &&
        chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/bin:/bin RIGHTRESPONSE_DATA_DIR=/var/lib/rightresponse-intake/pg \
            setpriv --reuid=rr-intake --regid=rr-intake --clear-groups rightresponse-cli db stop >/dev/null 2>&1
    for m in dev/pts dev proc sys; do
        mountpoint -q "$chroot_dir/$m" && umount -l "$chroot_dir/$m"
    done
    if [[ ${KEEP:-} == 1 ]]; then
        echo "check-deb-fresh: kept $chroot_dir"
    else
        rm -rf --one-file-system "$chroot_dir"
    fi
}
trap cleanup EXIT
step() { echo "== $*"; }
in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

step "debootstrap --variant=minbase bookworm $chroot_dir ($mirror)"
mkdir -p "$cache"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$chroot_dir" "$mirror" >"$chroot_dir.log" 2>&1 ||
    { tail -n 30 "$chroot_dir.log" >&2; exit 1; }
rm -f "$chroot_dir.log"
cat >"$chroot_dir/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
# As in a container: no services start during the installation.
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
chmod +x "$chroot_dir/usr/sbin/policy-rc.d"
mount -t proc proc "$chroot_dir/proc"
mount -t sysfs sysfs "$chroot_dir/sys"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"

step "apt install ./$(basename "$deb")"
cp "$deb" "$chroot_dir/tmp/"
in_chroot apt-get update -q
in_chroot sh -c "cd /tmp && apt-get install -y -q -o Dpkg::Use-Pty=0 ./$(basename "$deb")" | grep -v '^(Reading database'
in_chroot dpkg -s rightresponse | grep -E '^(Status|Version|Depends):'

step "rightresponse-cli --help"
in_chroot rightresponse-cli --help
step "rightresponse --help (offscreen)"
in_chroot install -d -m 700 /run/user/0
in_chroot env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0 rightresponse --help
in_chroot env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0 rightresponse --version

step "rightresponse-cli triage (built-in rules and the packaged example rule set)"
printf 'id,received_at,call_type,narrative\n1,2024-05-01T22:14:00,WELFARE CHECK,man sleeping in doorway\n2,2024-05-01T22:20:00,ASSAULT,caller says he has a knife\n' \
    >"$chroot_dir/tmp/calls.csv"
in_chroot rightresponse-cli triage /tmp/calls.csv
in_chroot rightresponse-cli triage --rules /usr/share/rightresponse/rules/example-city.json /tmp/calls.csv >/dev/null

step "the intake as the service runs it: a system user, a private state directory, the token from a file"
in_chroot useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin rr-intake
in_chroot install -d -o rr-intake -m 700 /var/lib/rightresponse-intake
in_chroot sh -c 'head -c 32 /dev/urandom | od -An -tx1 | tr -d " \n" >/tmp/token && chown rr-intake /tmp/token && chmod 400 /tmp/token'
log=$chroot_dir/tmp/intake.log
# Not through in_chroot (a function, so a subshell): $! must be the intake itself (chroot, env and setpriv
# exec it) for the SIGTERM below to reach it.
chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    RIGHTRESPONSE_DATA_DIR=/var/lib/rightresponse-intake/pg \
    setpriv --reuid=rr-intake --regid=rr-intake --clear-groups --no-new-privs \
    rightresponse-cli intake --listen 127.0.0.1:0 --token-file /tmp/token >"$log" 2>&1 &
intake=$!
url=
for _ in $(seq 600); do # up to 60 s: the first start creates the embedded database
    url=$(sed -n 's/^intake listening on //p' "$log")
    [[ -n $url ]] && break
    kill -0 "$intake" 2>/dev/null || break
    sleep 0.1
done
[[ -n $url ]] || { cat "$log" >&2; echo "check-deb-fresh: the intake did not start" >&2; exit 1; }
in_chroot setpriv --reuid=rr-intake --regid=rr-intake --clear-groups \
    rightresponse-cli simulate --to "$url" --count 5 --rate 36000 --speed 100 --token-file /tmp/token
kill -TERM "$intake"
wait "$intake" || true
intake=
cat "$log"
grep -q 'intake stopped (SIGTERM): 5 calls stored' "$log" || { echo "check-deb-fresh: intake did not store 5 calls" >&2; exit 1; }
# The server of the embedded database outlives the intake; stop it.
in_chroot setpriv --reuid=rr-intake --regid=rr-intake --clear-groups \
    env RIGHTRESPONSE_DATA_DIR=/var/lib/rightresponse-intake/pg rightresponse-cli db stop

step "installed files"
in_chroot sh -c 'ls /usr/share/applications/*.desktop /usr/share/metainfo/*.xml /lib/systemd/system/rightresponse-intake.service /etc/rightresponse/intake.conf /usr/share/man/man1/rightresponse*'
echo "check-deb-fresh: $(basename "$deb") installs and runs on a fresh Debian 12 (bookworm minbase)"
