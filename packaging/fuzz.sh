#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, AddressSanitizer, UBSan) and fuzzes each for a while.
#   packaging/fuzz.sh [-t SECONDS] [-j PARALLEL] [TARGET...]
# TARGET is a name from tests/fuzz/CMakeLists.txt (callcsv, calljson, ...); none means all of them.
# Each target starts from its committed seeds (tests/fuzz/corpus/NAME, never written to) and keeps what it
# finds in build/fuzz/corpus/NAME. A crash, a leak, a failed check, more than 2 GB of memory or an input slower
# than 1 s fails the run (a slow input only when it is slow again on replay: the limit is wall-clock time, and a
# loaded machine can deschedule a quick one past it); the input is saved under build/fuzz/artifacts/NAME/ and
# the log is printed. How to replay one: CONTRIBUTING.md, "Fuzzing". `packaging/dev.sh test` runs this for
# 30 s per target.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=30
parallel=$(nproc 2>/dev/null || echo 2)
while getopts "t:j:" opt; do
    case "$opt" in
        t) seconds=$OPTARG ;;
        j) parallel=$OPTARG ;;
        *) echo "usage: packaging/fuzz.sh [-t SECONDS] [-j PARALLEL] [TARGET...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
((parallel >= 1)) || parallel=1

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(sed -n 's/^rr_add_fuzz_target(NAME \([a-z0-9_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$parallel" --target "${targets[@]/#/fuzz_}"

out=build/fuzz
run() {
    local name=$1
    mkdir -p "$out/corpus/$name" "$out/artifacts/$name"
    "$out/tests/fuzz/fuzz_$name" "$out/corpus/$name" "tests/fuzz/corpus/$name" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$name/" >"$out/fuzz_$name.log" 2>&1
}

failed=()
pids=()
names=()
finish() { # waits for the oldest run still going
    local pid=${pids[0]} name=${names[0]}
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
    local status=0
    wait "$pid" || status=$?
    if ((status != 0)) && grep -q 'ERROR: libFuzzer: timeout' "$out/fuzz_$name.log"; then
        # -timeout is wall-clock time: on a loaded machine a quick input can be descheduled past it. A slow
        # input is slow again when replayed alone; one that is not is reported and kept, but does not fail.
        local slow
        slow=$(ls -t "$out/artifacts/$name"/timeout-* | head -1)
        if "$out/tests/fuzz/fuzz_$name" -timeout=1 "$slow" >"$out/fuzz_$name.replay.log" 2>&1; then
            echo "fuzz: $name: the timeout did not happen again on replay ($slow): machine load, not failed" >&2
            status=0
        fi
    fi
    if ((status == 0)); then
        local execs cov
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz_$name.log")
        cov=$(grep -E '^#[0-9]+' "$out/fuzz_$name.log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
        echo "fuzz: $name: ${seconds}s, ${execs:-?} runs, ${cov:-no coverage line}"
    else
        echo "fuzz: $name FAILED; its log ($out/fuzz_$name.log) ends:" >&2
        tail -n 40 "$out/fuzz_$name.log" >&2
        failed+=("$name")
    fi
}
for name in "${targets[@]}"; do
    ((${#pids[@]} < parallel)) || finish
    run "$name" &
    pids+=($!)
    names+=("$name")
done
while ((${#pids[@]} > 0)); do finish; done

if ((${#failed[@]} > 0)); then
    echo "fuzz: failed: ${failed[*]} (inputs under $out/artifacts/)" >&2
    exit 1
fi
