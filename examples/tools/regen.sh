#!/usr/bin/env bash
# Regenerate the goldens of examples/ with real Go, or check that the
# examples are deterministic under real Go.
#
#   usage: examples/tools/regen.sh [FILTER]           regenerate goldens
#          examples/tools/regen.sh check [N] [FILTER] determinism check
#
# Programs (examples/NAME.go) are built with `go build` and run with stdin
# from /dev/null. Their stdout becomes NAME.out; when the exit code is not 0
# it goes to NAME.code and the first line of stderr to NAME.err. (We run the
# built binary, not `go run`: `go run` turns any failure into exit 1 and
# adds "exit status N" to stderr.)
#
# Course tests (examples/course/TOPIC/) are run with `go test -v -count=1`
# and the output is normalised like shared/conformance/run.sh does:
# "(0.12s)" -> "(X.XXs)", and the final "ok  <pkg> <time>" or
# "FAIL <pkg> <time>" line -> "ok" or "FAIL". The result is
# course/TOPIC/expected.out (plus expected.code when the exit code is not 0).
#
# `check` builds everything once (`go test -c` for the course tests) and
# runs each binary N times (default 20) with GOMAXPROCS=1, GOMAXPROCS=2 and
# GOMAXPROCS unset, comparing every run with the goldens. JOBS (default 2)
# examples are checked at the same time.
#
# Only names containing FILTER (e.g. "course/timer" or "sieve") are handled.
# Every example is built in a scratch module whose go.mod says `go 1.25`,
# the oldest version with everything used here (sync.WaitGroup.Go).
set -u

mode=regen
runs=20
if [ "${1:-}" = check ]; then
	mode=check
	shift
	if [[ ${1:-} =~ ^[0-9]+$ ]]; then
		runs=$1
		shift
	fi
fi
FILTER=${1:-}
JOBS=${JOBS:-2}

command -v go >/dev/null || {
	echo "regen.sh: needs the go command" >&2
	exit 2
}

examples=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-examples.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mod=$tmp/mod
mkdir -p "$mod" "$tmp/bin" "$tmp/runs"
printf 'module examples\n\ngo 1.25\n' >"$mod/go.mod"

re_time='^(.*)\(([0-9]+\.[0-9]+)s\)(.*)$'
re_summary='^(ok|FAIL)[[:space:]]+[^[:space:]]+[[:space:]]+([0-9]+(\.[0-9]+)?s|\(cached\))[[:space:]]*$'

# normalise `go test -v` output, like shared/conformance/run.sh
normalize() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		if [[ $line =~ $re_summary ]]; then
			line=${BASH_REMATCH[1]}
		fi
		while [[ $line =~ $re_time ]]; do
			line="${BASH_REMATCH[1]}(X.XXs)${BASH_REMATCH[3]}"
		done
		printf '%s\n' "$line"
	done
}

# The list of examples: "NAME" for examples/NAME.go, "course/TOPIC" for
# examples/course/TOPIC/.
names=()
for src in "$examples"/*.go; do
	name=$(basename "$src" .go)
	names+=("$name")
done
for dir in "$examples"/course/*/; do
	names+=("course/$(basename "$dir")")
done

# Copy one example into the scratch module and build it.
# Sets $bin; returns non-zero (with the compiler's message) on failure.
build() {
	local name=$1
	if [[ $name == course/* ]]; then
		mkdir -p "$mod/$name"
		cp "$examples/$name"/*.go "$mod/$name/"
		bin=$tmp/bin/${name//\//_}.test
		(cd "$mod" && go test -c -o "$bin" "./$name")
	else
		mkdir -p "$mod/main/$name"
		cp "$examples/$name.go" "$mod/main/$name/"
		bin=$tmp/bin/$name
		(cd "$mod" && go build -o "$bin" "./main/$name")
	fi
}

regen_one() {
	local name=$1 code
	if [[ $name == course/* ]]; then
		local dir=$examples/$name
		build "$name" >/dev/null || return 1 # surface compile errors early
		(cd "$mod" && go test -v -count=1 "./$name") </dev/null >"$tmp/raw" 2>"$tmp/err"
		code=$?
		normalize <"$tmp/raw" >"$dir/expected.out"
		rm -f "$dir/expected.code" "$dir/expected.err"
		if [ "$code" -ne 0 ]; then
			echo "$code" >"$dir/expected.code"
		fi
	else
		build "$name" || return 1
		"$bin" </dev/null >"$examples/$name.out" 2>"$tmp/err"
		code=$?
		rm -f "$examples/$name.code" "$examples/$name.err"
		if [ "$code" -ne 0 ]; then
			echo "$code" >"$examples/$name.code"
			head -n 1 "$tmp/err" >"$examples/$name.err"
		fi
	fi
	echo "$name: exit $code"
}

# Run one built example N times per GOMAXPROCS setting; print one line per
# mismatching run and a summary for the example.
check_one() {
	local name=$1 bin=$2 out=$3 golden want_code want_err procs i code bad=0
	if [[ $name == course/* ]]; then
		golden=$examples/$name/expected.out
		want_code=$(cat "$examples/$name/expected.code" 2>/dev/null || echo 0)
		want_err=
	else
		golden=$examples/$name.out
		want_code=$(cat "$examples/$name.code" 2>/dev/null || echo 0)
		want_err=$(head -n 1 "$examples/$name.err" 2>/dev/null)
	fi
	for procs in 1 2 default; do
		for ((i = 1; i <= runs; i++)); do
			local env=(env -u GOMAXPROCS)
			[ "$procs" = default ] || env=(env GOMAXPROCS="$procs")
			if [[ $name == course/* ]]; then
				# the test binary prints everything but go test's own
				# final "ok  pkg  time" line, which we add back
				(cd "$examples/$name" && "${env[@]}" "$bin" -test.v -test.count=1) \
					</dev/null 2>"$out.err" | normalize >"$out"
				code=${PIPESTATUS[0]}
				if [ "$code" -eq 0 ]; then echo ok >>"$out"; else echo FAIL >>"$out"; fi
			else
				"${env[@]}" "$bin" </dev/null >"$out" 2>"$out.err"
				code=$?
			fi
			if ! cmp -s "$golden" "$out"; then
				echo "MISMATCH $name GOMAXPROCS=$procs run $i:"
				diff "$golden" "$out" | head -n 6
				bad=$((bad + 1))
			elif [ "$code" != "$want_code" ]; then
				echo "MISMATCH $name GOMAXPROCS=$procs run $i: exit $code, want $want_code"
				bad=$((bad + 1))
			elif [ -n "$want_err" ] && [ "$(head -n 1 "$out.err")" != "$want_err" ]; then
				echo "MISMATCH $name GOMAXPROCS=$procs run $i: stderr '$(head -n 1 "$out.err")'"
				bad=$((bad + 1))
			fi
		done
	done
	if [ "$bad" -eq 0 ]; then
		echo "stable $name ($((3 * runs)) runs)"
	else
		echo "UNSTABLE $name: $bad of $((3 * runs)) runs differ"
	fi
}

status=0
if [ "$mode" = regen ]; then
	for name in "${names[@]}"; do
		[ -n "$FILTER" ] && [[ $name != *"$FILTER"* ]] && continue
		regen_one "$name" || {
			echo "$name: build failed" >&2
			status=1
		}
	done
	exit $status
fi

# check mode: build everything first, then run JOBS examples at a time
todo=()
for name in "${names[@]}"; do
	[ -n "$FILTER" ] && [[ $name != *"$FILTER"* ]] && continue
	if build "$name" >/dev/null; then
		todo+=("$name:$bin")
	else
		echo "UNSTABLE $name: build failed"
		status=1
	fi
done
running=0
for item in "${todo[@]}"; do
	name=${item%%:*}
	check_one "$name" "${item#*:}" "$tmp/runs/${name//\//_}" >"$tmp/runs/${name//\//_}.log" &
	running=$((running + 1))
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
done
wait
cat "$tmp"/runs/*.log
if grep -q '^UNSTABLE' "$tmp"/runs/*.log; then
	status=1
fi
exit $status
