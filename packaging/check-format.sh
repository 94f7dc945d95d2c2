#!/usr/bin/env bash
# Checks that every tracked C++ file is formatted as .clang-format says (Debian's clang-format, version 14).
#   packaging/check-format.sh          check; list each file that differs and exit 1
#   packaging/check-format.sh --fix    format those files in place
# .ci/run runs the check through `packaging/dev.sh test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Files left out of the check while another branch rewrites them (formatting them here would only make that
# branch conflict); none at present.
exempt=(
)

fix=false
case "${1:-}" in
    --fix) fix=true ;;
    "") ;;
    *) echo "usage: packaging/check-format.sh [--fix]" >&2; exit 2 ;;
esac

command -v clang-format >/dev/null ||
    { echo "check-format: clang-format is missing (packaging/setup.sh installs it)" >&2; exit 1; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
    { echo "check-format: not a git checkout; the tracked files are what is checked" >&2; exit 1; }

unformatted=()
while IFS= read -r -d '' file; do
    for skip in "${exempt[@]}"; do [[ "$file" == "$skip" ]] && continue 2; done
    [[ -f "$file" ]] || continue # deleted in the work tree, not yet committed
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done < <(git ls-files -z -- '*.cpp' '*.h')

if [[ ${#unformatted[@]} -eq 0 ]]; then
    echo "check-format: every tracked C++ file is formatted ($(clang-format --version | grep -o '[0-9][0-9.]*' | head -n 1))"
    exit 0
fi
if $fix; then
    clang-format -i "${unformatted[@]}"
    printf 'check-format: formatted %s\n' "${unformatted[@]}"
    exit 0
fi
printf 'check-format: not formatted: %s\n' "${unformatted[@]}" >&2
echo "check-format: run packaging/check-format.sh --fix (or clang-format -i FILE) and commit the result" >&2
exit 1
