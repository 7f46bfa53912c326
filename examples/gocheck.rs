//! `cargo run --example gocheck -- [-t] FILES...`: type-check Go files and
//! print Go-style diagnostics (`-t`: test mode), one per line.

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let test_mode = args.first().is_some_and(|a| a == "-t");
    if test_mode {
        args.remove(0);
    }
    let opts = gosub::types::CheckOptions {
        allow_unused: false,
        test_mode,
    };
    let (sources, r) = gosub::types::check_files(&args, &opts);
    match r {
        Ok(_) => {}
        Err(diags) => {
            if std::env::var_os("GOCHECK_PRETTY").is_some() {
                print!("{}", gosub::diag::render(&sources, &diags, false));
            } else {
                for d in &diags {
                    println!("{}", d.one_line(&sources));
                }
            }
            std::process::exit(1);
        }
    }
}
