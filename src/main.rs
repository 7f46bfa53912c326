fn main() {
    eprintln!("gosub: not yet");
    std::process::exit(1);
}
