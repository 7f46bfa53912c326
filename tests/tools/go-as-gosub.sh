#!/usr/bin/env bash
# go-as-gosub.sh: a stand-in for the gosub binary that uses the real Go
# toolchain, to check the corpus and the harness against real Go:
#
#   GOSUB_BIN=$PWD/tests/tools/go-as-gosub.sh cargo test --test programs --test diagnostics
#
#   go-as-gosub.sh run FILE.go     build FILE.go and run the binary, keeping
#                                  its exit code (`go run` would turn every
#                                  failure into 1); build errors exit with 1
#   go-as-gosub.sh check FILE.go   type-check FILE.go; print Go's diagnostics
#                                  as `FILE.go:LINE:COL: message` on stderr
#                                  and exit 1 if there are any
set -u
command -v go >/dev/null 2>&1 || { echo "go-as-gosub.sh: go not found in PATH" >&2; exit 127; }
cmd=${1:-}
file=${2:-}
if [ -z "$file" ]; then
	echo "usage: go-as-gosub.sh run|check FILE.go" >&2
	exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-go.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=on GOFLAGS= GOTOOLCHAIN=local
case "$cmd" in
run)
	go build -o "$tmp/prog" "$file" || exit 1
	"$tmp/prog"
	exit $?
	;;
check)
	if go build -o "$tmp/prog" "$file" 2>"$tmp/err"; then
		exit 0
	fi
	# `go build` names the file ./FILE.go and adds a `# package` line
	grep -v '^#' "$tmp/err" | sed -e 's#^\./##' >&2
	exit 1
	;;
*)
	echo "usage: go-as-gosub.sh run|check FILE.go" >&2
	exit 2
	;;
esac
