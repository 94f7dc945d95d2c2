#!/usr/bin/env bash
# Writes a program's manual page, gzip-compressed as Debian wants, from the program's own --help and
# --version texts (help2man), so that the page says what the program says; the build runs it whenever the
# program is relinked. With --subcommands, a COMMANDS section holds each subcommand's own --help, the
# subcommands read from the "Commands:" list of the main help. --include adds help2man sections written by
# hand (FILES, SEE ALSO).
#   usage: make-manpage.sh PROGRAM NAME-LINE OUTPUT.gz [--subcommands] [--include FILE]...
set -euo pipefail
usage="usage: make-manpage.sh PROGRAM NAME-LINE OUTPUT.gz [--subcommands] [--include FILE]..."
program=${1:?$usage}
name=${2:?$usage}
out=${3:?$usage}
shift 3
subcommands=false
include=()
while (($#)); do
    case $1 in
        --subcommands) subcommands=true ;;
        --include) include+=(--include="${2:?$usage}") && shift ;;
        *) echo "$usage" >&2 && exit 2 ;;
    esac
    shift
done

# English help whatever the builder's locale; the console's help needs no display; an ASan build's leak
# report must not fail the build.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_RUNTIME_DIR=$tmp
# Run by its bare name, so that the usage lines say "rightresponse-cli", not the build directory's path.
export PATH="$(cd "$(dirname "$program")" && pwd):$PATH"
program=$(basename "$program")

# One QCommandLineParser help text as roff: the usage line in bold, the description as paragraphs (its
# indented lines, tables and examples, kept as they are), each option or argument as a tagged paragraph.
to_roff() {
    awk '
        function esc(s) { gsub(/\\/, "\\e", s); sub(/^[.\047]/, "\\\\&&", s); return s }
        function opt(s) { s = esc(s); gsub(/-/, "\\-", s); return s }
        NR == 1 && /^Usage: / { print ".PP"; print "\\fBUsage:\\fR " opt(substr($0, 8)); print ".PP"; next }
        !list && /^ / { if (!nf) print ".nf"; nf = 1; print esc($0); next }
        nf { print ".fi"; nf = 0 }
        /^(Options|Arguments):$/ { list = 1; print ".PP"; print "\\fB" $0 "\\fR"; next }
        /^$/ { if (!list) print ".PP"; next }
        list && /^  [^ ]/ {
            line = substr($0, 3)
            if (match(line, /   */)) {
                print ".TP"; print "\\fB" opt(substr(line, 1, RSTART - 1)) "\\fR"
                print esc(substr(line, RSTART + RLENGTH))
            } else { print ".TP"; print "\\fB" opt(line) "\\fR" }
            next
        }
        list { sub(/^ +/, ""); print esc($0); next }
        { print esc($0) }
        END { if (nf) print ".fi" }'
}

if $subcommands; then
    include+=(--include="$tmp/include.h2m")
    names=$("$program" --help | awk '/^Commands:$/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
    if [[ -z $names ]]; then
        echo "make-manpage: $program --help lists no commands" >&2
        exit 1
    fi
    {
        echo '[COMMANDS]'
        echo 'Each command has its own options; \fBrightresponse\-cli\fR \fICOMMAND\fR \fB\-\-help\fR prints them.'
        for command in $names; do
            echo ".SS $command"
            "$program" "$command" --help | to_roff
        done
    } >>"$tmp/include.h2m"
fi
help2man --no-info --section=1 --name="$name" "${include[@]}" --output="$tmp/page.1" "$program"
gzip -9 -n <"$tmp/page.1" >"$out.tmp"
mv "$out.tmp" "$out"
