//! Library packages for the REPL: which stdlib package a name like
//! `strings` or `rand` means (automatic imports), and parsing a package's
//! declarations (and those it imports) in dependency order, each parsed once
//! per session.

use crate::diag::Diagnostic;
use crate::syntax::ast::{NodeIdGen, Span};
use crate::syntax::source::SourceMap;
use crate::types::check::CheckedPackage;
use std::collections::HashMap;

/// The import path of the stdlib package whose name is `name`.
pub fn path_of(name: &str) -> Option<&'static str> {
    crate::stdlib::decls::PACKAGES
        .iter()
        .copied()
        .find(|p| p.rsplit('/').next() == Some(name) && *p != "testing")
}

/// Parsed library packages, kept for the whole session (the checker holds
/// references to them, so they live as long as the program).
#[derive(Default)]
pub struct Libs {
    parsed: HashMap<String, &'static CheckedPackage>,
}

impl Libs {
    /// The packages that must be checked, in dependency order, so that all
    /// of `wanted` can be imported; `loaded` ones are skipped.
    pub fn needed(
        &mut self,
        wanted: &[String],
        loaded: &dyn Fn(&str) -> bool,
        sources: &mut SourceMap,
        ids: &mut NodeIdGen,
    ) -> Result<Vec<&'static CheckedPackage>, Vec<Diagnostic>> {
        let mut order: Vec<&'static CheckedPackage> = Vec::new();
        for w in wanted {
            self.visit(w, loaded, sources, ids, &mut order, &mut Vec::new())?;
        }
        Ok(order)
    }

    fn visit(
        &mut self,
        path: &str,
        loaded: &dyn Fn(&str) -> bool,
        sources: &mut SourceMap,
        ids: &mut NodeIdGen,
        order: &mut Vec<&'static CheckedPackage>,
        stack: &mut Vec<String>,
    ) -> Result<(), Vec<Diagnostic>> {
        if loaded(path) || order.iter().any(|p| p.path == path) || stack.iter().any(|s| s == path) {
            return Ok(());
        }
        let pkg = self.parse(path, sources, ids)?;
        stack.push(path.to_string());
        let mut imports: Vec<String> = pkg
            .files
            .iter()
            .flat_map(|f| f.imports.iter().map(|i| i.path.clone()))
            .collect();
        imports.sort();
        for i in imports {
            self.visit(&i, loaded, sources, ids, order, stack)?;
        }
        stack.pop();
        order.push(pkg);
        Ok(())
    }

    fn parse(
        &mut self,
        path: &str,
        sources: &mut SourceMap,
        ids: &mut NodeIdGen,
    ) -> Result<&'static CheckedPackage, Vec<Diagnostic>> {
        if let Some(p) = self.parsed.get(path) {
            return Ok(p);
        }
        let Some(src) = crate::stdlib::decls::source(path) else {
            return Err(vec![Diagnostic::new(
                Span::default(),
                format!("package {path} is not in std"),
            )]);
        };
        let last = path.rsplit('/').next().unwrap_or(path);
        let fid = sources.add(format!("$GOROOT/src/{path}/{last}.go"), src);
        let file = crate::syntax::parser::parse_file(sources, fid, ids)?;
        let name = file.package.name.clone();
        let pkg: &'static CheckedPackage = Box::leak(Box::new(CheckedPackage {
            path: path.to_string(),
            name,
            files: vec![file],
        }));
        self.parsed.insert(path.to_string(), pkg);
        Ok(pkg)
    }
}
