#!/bin/sh
# Writes every suggestion of the default rule set for the bench's generated calls, the labelled corpora and
# the call-type extracts of tests/data (and every one-edit misspelling of the plainly police call types), one
# file per input, with triage_dump, and what `rightresponse-cli triage` writes for the bench's calls and the
# corpus; then, given a directory written before, compares them byte for byte.
# An optimisation of the triage engine must leave every line as it was.
#
# Usage: compare_suggestions.sh BUILD_DIR OUT_DIR [BEFORE_DIR]
#   BUILD_DIR   a build with triage_dump and bench_triage (e.g. build/release)
#   OUT_DIR     where the dumps go (created); the bench's 1,000,000 calls are kept there as calls.csv
#   BEFORE_DIR  dumps of an earlier build: exit 1 when any file differs
set -eu
build=$1
out=$2
before=${3:-}
src=$(cd "$(dirname "$0")/../.." && pwd)
dump="$build/tests/bench/triage_dump"
data="$src/tests/data"
mkdir -p "$out"

# The bench's own calls: bench_triage writes them with a fixed seed (one run of the CLI as a side effect).
if [ ! -s "$out/calls.csv" ]; then
    "$build/tests/bench/bench_triage" "$build/app/cli/rightresponse-cli" --calls 1000000 --runs 1 \
        --keep "$out/calls.csv" >/dev/null
fi
"$dump" csv "$out/calls.csv" >"$out/bench.txt"
"$dump" csv "$data/triage-corpus.csv" >"$out/triage-corpus.txt"
"$dump" csv "$data/evaluate-sample.csv" >"$out/evaluate-sample.txt"
"$dump" csv "$data/evaluate-city.csv" "id=Event Number" "received_at=Call_Received" \
    "call_type=Tencode Description" "call_code=Tencode" >"$out/evaluate-city.txt"
for f in "$data"/calltypes/*.csv "$data"/calltypes/code-tables/*.csv; do
    name=$(basename "$(dirname "$f")")-$(basename "$f" .csv)
    "$dump" calltypes "$f" >"$out/$name.txt"
done
"$dump" edits "$data/calltypes/police-types.csv" >"$out/edits-police-types.txt"
# What the command line writes, in both formats, for the bench's calls and the corpus.
cli="$build/app/cli/rightresponse-cli"
"$cli" triage "$out/calls.csv" >"$out/cli-bench-csv.txt"
"$cli" triage --format jsonl "$out/calls.csv" >"$out/cli-bench-jsonl.txt"
"$cli" triage "$data/triage-corpus.csv" >"$out/cli-corpus-csv.txt"
"$cli" triage --format jsonl "$data/triage-corpus.csv" >"$out/cli-corpus-jsonl.txt"
wc -l "$out"/*.txt | tail -1

[ -n "$before" ] || exit 0
status=0
for f in "$before"/*.txt; do
    if ! cmp -s "$f" "$out/$(basename "$f")"; then
        echo "DIFFERS: $(basename "$f")"
        diff "$f" "$out/$(basename "$f")" | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "identical: $(ls "$before"/*.txt | wc -l) files"
exit $status
