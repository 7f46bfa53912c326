#!/usr/bin/env bash
# Regenerate the goldens of the gosub test corpus from the real Go toolchain.
#
#   usage: tests/tools/regen-goldens.sh [programs|errors|all] [GLOB]
#
# GLOB selects programs by name without .go, e.g. 'c_*' or '*map*'
# (default: all).
#
# programs: for each tests/programs/NAME.go (NAME matching GLOB), build it
#   with `go build` and run the binary from tests/programs with empty stdin,
#   then write
#     NAME.out   exact stdout
#     NAME.err   first line of stderr, only when stderr is not empty
#     NAME.code  the exit code, only when it is non-zero or stderr is not empty
#   (`go run` would turn every failing exit code into 1; the binary gives the
#   real one: 2 for panics and deadlocks, or whatever os.Exit was given).
# errors: for each tests/errors/NAME.go, run `go build` from tests/errors and
#   write NAME.want: one `LINE:COL: message` line per diagnostic, in Go's
#   order, with the final `LINE:COL: too many errors` line if Go printed it.
#   Continuation lines of multi-line messages (they start with a tab) are
#   dropped.
#
# Check new concurrent programs with tests/tools/check-determinism.sh before
# committing their goldens.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
what=${1:-all}
FILTER=${2:-*}
command -v go >/dev/null 2>&1 || { echo "regen-goldens.sh: go not found in PATH" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-regen.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
# Build outside any module; the language version is then the toolchain's.
export GO111MODULE=on GOFLAGS= GOTOOLCHAIN=local

regen_programs() {
	cd "$here/programs" || exit 1
	local src name code
	for src in *.go; do
		name=${src%.go}
		# shellcheck disable=SC2053 # FILTER is a glob on purpose
		[[ $name == $FILTER ]] || continue
		rm -f "$name.out" "$name.err" "$name.code"
		if ! go build -o "$tmp/prog" "$src" 2>"$tmp/build"; then
			echo "$name: BUILD FAILED" >&2
			cat "$tmp/build" >&2
			continue
		fi
		"$tmp/prog" >"$name.out" 2>"$tmp/err" </dev/null
		code=$?
		if [ -s "$tmp/err" ]; then
			head -n 1 "$tmp/err" >"$name.err"
		fi
		if [ "$code" -ne 0 ] || [ -s "$tmp/err" ]; then
			echo "$code" >"$name.code"
		fi
		echo "$name: exit $code"
	done
}

regen_errors() {
	cd "$here/errors" || exit 1
	local src name
	for src in *.go; do
		name=${src%.go}
		# shellcheck disable=SC2053 # FILTER is a glob on purpose
		[[ $name == $FILTER ]] || continue
		if go build -o "$tmp/prog" "$src" 2>"$tmp/build"; then
			echo "$name: COMPILED, but it should not" >&2
			rm -f "$name.want"
			continue
		fi
		# keep "./NAME.go:L:C: msg" lines, strip the file part
		grep -E "^(\./)?$name\.go:[0-9]+:[0-9]+: " "$tmp/build" |
			sed -E "s#^(\./)?$name\.go:##" >"$name.want"
		echo "$name: $(wc -l <"$name.want") diagnostics"
	done
}

case "$what" in
programs) regen_programs ;;
errors) regen_errors ;;
all) regen_programs; regen_errors ;;
*) echo "usage: $0 [programs|errors|all] [GLOB]" >&2; exit 2 ;;
esac
