//! Build script: turns `grammar/go.lalrpop` into the parser tables in
//! `OUT_DIR` (included by `src/syntax/parser.rs`).

fn main() {
    println!("cargo:rerun-if-changed=grammar/go.lalrpop");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    lalrpop::Configuration::new()
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process_dir("grammar")
        .expect("grammar/go.lalrpop should compile");
}
