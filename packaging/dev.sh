#!/usr/bin/env bash
# The README's two commands:
#   packaging/dev.sh demo   installs what is missing, builds, opens the console in demo mode
#   packaging/dev.sh test   installs what is missing, builds, runs the whole test suite, checks the .deb and
#                           the C++ formatting (packaging/check-format.sh), then fuzzes each fuzz target for
#                           30 s (packaging/fuzz.sh; preset fuzz, built with clang)
# With CI=true the build treats warnings as errors (preset "ci").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

command=${1:-}
case "$command" in
    demo|test|build|package) shift ;;
    *) echo "usage: packaging/dev.sh demo|test|build|package [args...]" >&2; exit 2 ;;
esac

bash packaging/setup.sh

preset=dev
[[ "${CI:-}" == "true" ]] && preset=ci
jobs=$(nproc 2>/dev/null || echo 2)

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"

case "$command" in
    demo)
        if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
            echo "dev.sh: no display; starting the console under xvfb-run (nothing visible)." >&2
            exec xvfb-run -a "build/$preset/app/gui/rightresponse" --demo "$@"
        fi
        exec "build/$preset/app/gui/rightresponse" --demo "$@"
        ;;
    test)
        ctest --preset "$preset" -j "$jobs" "$@"
        bash packaging/check-deb.sh "build/$preset"
        if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
            bash packaging/check-format.sh
        else
            echo "dev.sh: not a git checkout; the clang-format check (packaging/check-format.sh) is skipped." >&2
        fi
        bash packaging/fuzz.sh -t 30 -j "$jobs"
        ;;
    package)
        bash packaging/check-deb.sh "build/$preset"
        ;;
    build) ;;
esac
