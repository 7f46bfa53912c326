#!/usr/bin/env bash
# Benchmarks: time gosub on the programs in benches/go/ with hyperfine, next
# to real Go, CPython and Lua where those are installed and a version exists
# (../shared/bench/py and lua hold the Python and Lua ports).
#
#   benches/run.sh [NAME...]        # default: every program
#   RUNS=5 benches/run.sh fib loop
#
# Figures go into closing notes, never into test asserts. Needs hyperfine
# (apt-get install hyperfine); builds gosub in release mode first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared="$root/../shared/bench"
runs=${RUNS:-5}
cargo build --release --manifest-path "$root/Cargo.toml" >/dev/null
gosub="$root/target/release/gosub"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in "$here"/go/*.go; do names+=("$(basename "$f" .go)"); done
fi
for name in "${names[@]}"; do
	cmds=("$gosub run $here/go/$name.go")
	if command -v go >/dev/null && go build -o "$tmp/$name" "$here/go/$name.go" 2>/dev/null; then
		cmds+=("$tmp/$name")
	fi
	[ -f "$shared/py/$name.py" ] && cmds+=("/usr/bin/python3 $shared/py/$name.py")
	[ -f "$shared/lua/$name.lua" ] && command -v lua5.4 >/dev/null && cmds+=("lua5.4 $shared/lua/$name.lua")
	echo "== $name"
	hyperfine -N -w 1 -r "$runs" "${cmds[@]}" 2>&1 | grep -E "Benchmark|Time \(|faster|slower" || true
done
# Memory per parked goroutine: peak RSS of park.go minus hello.go, over N.
if [[ " ${names[*]} " == *" park "* ]]; then
	park=$(/usr/bin/time -f '%M' "$gosub" run "$here/go/park.go" 2>&1 >/dev/null | tail -1)
	hello=$(/usr/bin/time -f '%M' "$gosub" run "$here/go/hello.go" 2>&1 >/dev/null | tail -1)
	n=$(grep -oE 'const N = [0-9]+' "$here/go/park.go" | grep -oE '[0-9]+')
	echo "park: peak RSS ${park} KB vs hello ${hello} KB: $(( (park - hello) * 1024 / n )) bytes per parked goroutine"
fi
