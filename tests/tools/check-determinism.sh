#!/usr/bin/env bash
# Check that programs give the same stdout, exit code and first stderr line
# on every run, with GOMAXPROCS=1, 2 and the default, and that they match the
# goldens.
#
#   usage: tests/tools/check-determinism.sh [GLOB] [RUNS]
#
# GLOB selects programs by name without .go and defaults to 'c_*' (the
# concurrent programs); RUNS (default 20) is the
# number of runs per GOMAXPROCS setting. Each run must finish within 2 s.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILTER=${1:-c_*}
RUNS=${2:-20}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-det.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=on GOFLAGS= GOTOOLCHAIN=local
cd "$here/programs" || exit 1
bad=0
for src in *.go; do
	name=${src%.go}
	# shellcheck disable=SC2053 # FILTER is a glob on purpose
	[[ $name == $FILTER ]] || continue
	go build -o "$tmp/prog" "$src" || { bad=$((bad + 1)); continue; }
	want_code=0
	[ -f "$name.code" ] && read -r want_code <"$name.code"
	for procs in 1 2 default; do
		for ((i = 0; i < RUNS; i++)); do
			if [ "$procs" = default ]; then
				timeout 2 "$tmp/prog" >"$tmp/out" 2>"$tmp/err" </dev/null
			else
				GOMAXPROCS=$procs timeout 2 "$tmp/prog" >"$tmp/out" 2>"$tmp/err" </dev/null
			fi
			code=$?
			why=
			if ! cmp -s "$tmp/out" "$name.out"; then
				why="stdout differs"
			elif [ "$code" != "$want_code" ]; then
				why="exit $code, want $want_code"
			elif [ -f "$name.err" ] && [ "$(head -n 1 "$tmp/err")" != "$(cat "$name.err")" ]; then
				why="stderr differs: $(head -n 1 "$tmp/err")"
			fi
			if [ -n "$why" ]; then
				echo "NONDETERMINISTIC $name (GOMAXPROCS=$procs run $i): $why"
				bad=$((bad + 1))
				break 2
			fi
		done
	done
	echo "ok $name"
done
echo "$bad problems"
[ "$bad" -eq 0 ]
