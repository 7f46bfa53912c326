#!/bin/sh
# Regenerates the Go-derived test tables of src/stdlib/format with the installed Go.
set -e
cd "$(dirname "$0")"
out=../../../src/stdlib/format
go run . float > $out/float_tests_tables.rs
go run . atof > $out/atof_tests_tables.rs
go run . int > $out/int_tests_tables.rs
go run . quote > $out/quote_tests_tables.rs
go run . verbs > $out/verbs_tests_tables.rs
go run . time > $out/time_tests_tables.rs
