//! Loading a program: the user's files, then the library packages they
//! import (transitively), parsed from the Go declaration sources in
//! `stdlib::decls`, ordered so that every package comes after its imports,
//! and checked in that order. Also `check_files`, which reads files or a
//! directory from disk for `gosub check`.

use super::check::{CheckOptions, CheckedPackage, Checker, Program};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, NodeIdGen, Span};
use crate::syntax::source::SourceMap;
use std::collections::HashMap;

/// Parse, load imports of, and type-check the user's package made of `files`.
/// Errors are the ones Go prints (`diag::go_reported`).
pub fn check_program(
    sources: &mut SourceMap,
    files: Vec<ast::File>,
    ids: &mut NodeIdGen,
    opts: &CheckOptions,
) -> Result<Program, Vec<Diagnostic>> {
    check_program_after(sources, files, ids, opts, Vec::new())
}

/// `check_program` for files whose parsing reported `parse_errors` that
/// are not syntax errors: Go reports them first and type-checks all the
/// same, so the build fails with both.
fn check_program_after(
    sources: &mut SourceMap,
    files: Vec<ast::File>,
    ids: &mut NodeIdGen,
    opts: &CheckOptions,
    parse_errors: Vec<Diagnostic>,
) -> Result<Program, Vec<Diagnostic>> {
    let Some(first) = files.first() else {
        return Err(vec![Diagnostic::new(Span::default(), "no Go files")]);
    };
    let name = first.package.name.clone();
    // Errors that stop the build before type checking (Go's go/build and
    // importer errors), after the parser's.
    let mut diags = Vec::new();
    for f in &files[1..] {
        if f.package.name != name {
            let a = sources
                .files
                .get(first.file as usize)
                .map(|s| base_name(&s.name))
                .unwrap_or_default();
            let b = sources
                .files
                .get(f.file as usize)
                .map(|s| base_name(&s.name))
                .unwrap_or_default();
            diags.push(Diagnostic::new(
                f.package.span,
                format!("found packages {name} ({a}) and {} ({b})", f.package.name),
            ));
        }
    }
    if !diags.is_empty() {
        let all = parse_errors.into_iter().chain(diags).collect();
        return Err(crate::diag::go_reported(sources, all));
    }

    // Library packages, transitively.
    let mut libs: HashMap<String, CheckedPackage> = HashMap::new();
    let mut work: Vec<(String, Span)> = files
        .iter()
        .flat_map(|f| f.imports.iter().map(|i| (i.path.clone(), i.span)))
        .collect();
    while let Some((path, span)) = work.pop() {
        if libs.contains_key(&path) {
            continue;
        }
        let Some(src) = crate::stdlib::decls::source(&path) else {
            if !diags.iter().any(|d: &Diagnostic| d.span == span) {
                diags.push(Diagnostic::new(
                    span,
                    format!("package {path} is not in std"),
                ));
            }
            continue;
        };
        let fid = sources.add(
            format!(
                "$GOROOT/src/{path}/{}.go",
                path.rsplit('/').next().unwrap_or(&path)
            ),
            src,
        );
        let file = match crate::syntax::parser::parse_file(sources, fid, ids) {
            Ok(f) => f,
            Err(mut ds) => {
                diags.append(&mut ds);
                continue;
            }
        };
        for i in &file.imports {
            work.push((i.path.clone(), i.span));
        }
        let name = file.package.name.clone();
        libs.insert(
            path.clone(),
            CheckedPackage {
                path,
                name,
                files: vec![file],
            },
        );
    }
    if !diags.is_empty() {
        diags.sort_by_key(|d| (d.span.file, d.span.lo));
        let all = parse_errors.into_iter().chain(diags).collect();
        return Err(crate::diag::go_reported(sources, all));
    }

    // Dependency order: each package after its imports.
    let mut order: Vec<String> = Vec::new();
    let mut keys: Vec<String> = libs.keys().cloned().collect();
    keys.sort();
    for k in &keys {
        visit(k, &libs, &mut order, &mut Vec::new());
    }
    let mut packages: Vec<CheckedPackage> = Vec::new();
    for p in order {
        if let Some(pkg) = libs.remove(&p) {
            packages.push(pkg);
        }
    }
    let user_path = if opts.test_mode && name != "main" {
        name.clone()
    } else {
        "main".to_string()
    };
    packages.push(CheckedPackage {
        path: user_path,
        name,
        files,
    });

    let (info, types, diags) = {
        let mut c = Checker::new(sources, *opts);
        let n = packages.len();
        // Real Go's build has other packages named sync, strconv and atomic
        // (internal/...), so its messages write these with their path.
        for (name, path) in [
            ("sync", "sync"),
            ("strconv", "strconv"),
            ("atomic", "sync/atomic"),
        ] {
            let loaded = packages.iter().any(|p| p.path == path);
            if loaded && (path != "sync/atomic" || n > 2) {
                c.quoted_pkgs.push((name.to_string(), path.to_string()));
            }
        }
        for (i, p) in packages.iter().enumerate() {
            c.check_package(i, p, i + 1 < n);
        }
        let diags = c.take_diags_after(parse_errors);
        (c.info, c.types, diags)
    };
    if !diags.is_empty() {
        return Err(crate::diag::go_reported(sources, diags));
    }
    Ok(Program {
        packages,
        info,
        types,
    })
}

fn visit(
    p: &str,
    libs: &HashMap<String, CheckedPackage>,
    order: &mut Vec<String>,
    stack: &mut Vec<String>,
) {
    if order.iter().any(|o| o == p) || stack.iter().any(|s| s == p) {
        return;
    }
    let Some(pkg) = libs.get(p) else { return };
    stack.push(p.to_string());
    let mut imports: Vec<&str> = pkg
        .files
        .iter()
        .flat_map(|f| f.imports.iter().map(|i| i.path.as_str()))
        .collect();
    imports.sort();
    for i in imports {
        visit(i, libs, order, stack);
    }
    stack.pop();
    order.push(p.to_string());
}

fn base_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_string()
}

/// Read and check the Go files named by `paths` (files, or one directory
/// whose `.go` files are taken; `_test.go` files only in test mode), as
/// `gosub check` does. Returns the sources for rendering diagnostics.
pub fn check_files(
    paths: &[String],
    opts: &CheckOptions,
) -> (SourceMap, Result<Program, Vec<Diagnostic>>) {
    let mut sources = SourceMap::default();
    let mut names: Vec<String> = Vec::new();
    for p in paths {
        let path = std::path::Path::new(p);
        if path.is_dir() {
            let mut found: Vec<String> = match std::fs::read_dir(path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "go"))
                    .map(|p| p.to_string_lossy().into_owned())
                    .filter(|n| opts.test_mode || !n.ends_with("_test.go"))
                    .collect(),
                Err(_) => Vec::new(),
            };
            found.sort();
            names.extend(found);
        } else {
            names.push(p.clone());
        }
    }
    let mut diags = Vec::new();
    let mut ids = NodeIdGen::default();
    let mut files = Vec::new();
    let mut unparsed = false;
    for n in &names {
        match std::fs::read_to_string(n) {
            Ok(text) => {
                let fid = sources.add(n.clone(), text);
                let (file, mut errors) =
                    crate::syntax::parser::parse_file_recovering(&sources, fid, &mut ids);
                diags.append(&mut errors);
                match file {
                    Some(f) => files.push(f),
                    None => unparsed = true,
                }
            }
            Err(e) => {
                let fid = sources.add(n.clone(), String::new());
                diags.push(Diagnostic::new(
                    Span::new(fid, 0, 0),
                    format!("open {n}: {e}"),
                ));
                unparsed = true;
            }
        }
    }
    // Go type-checks unless some file could not be parsed or had a syntax
    // error (cmd/compile's `checkFiles` stops on `base.SyntaxErrors()`).
    if unparsed || diags.iter().any(Diagnostic::is_syntax_error) {
        let diags = crate::diag::go_reported(&sources, diags);
        return (sources, Err(diags));
    }
    let r = check_program_after(&mut sources, files, &mut ids, opts, diags);
    (sources, r)
}
