fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = gosub::cli::main_with(args);
    std::process::exit(code);
}
