//! rustyline glue: Tab completion (keywords, builtins, names declared so
//! far, package names, and package members after `pkg.`) and syntax
//! highlighting of the line being typed (keywords, literals).

use crate::syntax::token::Tok;
use parking_lot::Mutex;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const PREDECLARED: &[&str] = &[
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "bool",
    "byte",
    "complex128",
    "complex64",
    "error",
    "float32",
    "float64",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "rune",
    "string",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
    "any",
    "true",
    "false",
    "nil",
    "iota",
];

pub struct GoHelper {
    /// Names declared in the session (refreshed after each input).
    pub names: Arc<Mutex<Vec<String>>>,
    /// Exported members of stdlib packages, by import path (lazily).
    members: Mutex<HashMap<String, Vec<String>>>,
    color: bool,
}

impl GoHelper {
    pub fn new(names: Arc<Mutex<Vec<String>>>, color: bool) -> GoHelper {
        GoHelper {
            names,
            members: Mutex::new(HashMap::new()),
            color,
        }
    }

    fn members_of(&self, path: &str) -> Vec<String> {
        let mut cache = self.members.lock();
        if let Some(m) = cache.get(path) {
            return m.clone();
        }
        let m = package_members(path);
        cache.insert(path.to_string(), m.clone());
        m
    }

    /// Completions of the word ending at `pos`: (start of the replaced part, candidates).
    pub fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == ':'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        if word.starts_with(':') {
            let c = super::commands::NAMES
                .iter()
                .filter(|n| n.starts_with(word))
                .map(|s| s.to_string())
                .collect();
            return (start, c);
        }
        if let Some((pkg, prefix)) = word.rsplit_once('.') {
            let Some(path) = super::libs::path_of(pkg) else {
                return (pos, Vec::new());
            };
            let c = self
                .members_of(path)
                .into_iter()
                .filter(|m| m.starts_with(prefix))
                .collect();
            return (pos - prefix.len(), c);
        }
        let mut c: Vec<String> = Vec::new();
        let names = self.names.lock().clone();
        let pkgs = crate::stdlib::decls::PACKAGES
            .iter()
            .map(|p| p.rsplit('/').next().unwrap_or(p).to_string());
        for n in names
            .into_iter()
            .chain(KEYWORDS.iter().chain(PREDECLARED).map(|s| s.to_string()))
            .chain(pkgs)
        {
            if n.starts_with(word) && !word.is_empty() && !c.contains(&n) {
                c.push(n);
            }
        }
        c.sort();
        (start, c)
    }
}

/// Exported top-level names declared by a stdlib package.
pub fn package_members(path: &str) -> Vec<String> {
    use crate::syntax::ast::Decl;
    let Some(src) = crate::stdlib::decls::source(path) else {
        return Vec::new();
    };
    let mut sources = crate::syntax::source::SourceMap::default();
    let fid = sources.add(path, src);
    let mut ids = crate::syntax::ast::NodeIdGen::default();
    let Ok(file) = crate::syntax::parser::parse_file(&sources, fid, &mut ids) else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    for d in &file.decls {
        match d {
            Decl::Func(fd) if fd.recv.is_none() => names.push(fd.name.name.clone()),
            Decl::Func(_) => {}
            Decl::Type(specs, _) => names.extend(specs.iter().map(|s| s.name.name.clone())),
            Decl::Const(specs, _) | Decl::Var(specs, _) => names.extend(
                specs
                    .iter()
                    .flat_map(|s| s.names.iter().map(|n| n.name.clone())),
            ),
        }
    }
    names.retain(|n| n.starts_with(|c: char| c.is_uppercase()));
    names.sort();
    names.dedup();
    names
}

impl Completer for GoHelper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, c) = self.candidates(line, pos);
        Ok((
            start,
            c.into_iter()
                .map(|s| Pair {
                    display: s.clone(),
                    replacement: s,
                })
                .collect(),
        ))
    }
}

impl Hinter for GoHelper {
    type Hint = String;
}

impl Validator for GoHelper {}

impl Highlighter for GoHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color || line.starts_with(':') {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight(line))
    }
    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// `line` with ANSI colours: keywords bold blue, strings green, numbers cyan.
pub fn highlight(line: &str) -> String {
    let lexed = crate::syntax::lexer::lex(0, line);
    let mut out = String::with_capacity(line.len() + 32);
    let mut at = 0;
    for (lo, tok, hi) in &lexed.tokens {
        let (lo, hi) = (*lo, *hi);
        if lo < at
            || hi > line.len()
            || lo >= hi
            || !line.is_char_boundary(lo)
            || !line.is_char_boundary(hi)
        {
            continue;
        }
        let color = match tok {
            Tok::Str(_) | Tok::Rune(_) => Some("32"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => Some("36"),
            Tok::Ident(_) | Tok::Semi(_) => None,
            t if is_keyword(t) => Some("1;34"),
            _ => None,
        };
        let Some(color) = color else { continue };
        out.push_str(&line[at..lo]);
        out.push_str(&format!("\x1b[{color}m{}\x1b[0m", &line[lo..hi]));
        at = hi;
    }
    out.push_str(&line[at..]);
    out
}

fn is_keyword(t: &Tok) -> bool {
    use Tok::*;
    matches!(
        t,
        Break
            | Case
            | Chan
            | Const
            | Continue
            | Default
            | Defer
            | Else
            | Fallthrough
            | For
            | Func
            | Go
            | Goto
            | If
            | Import
            | Interface
            | Map
            | Package
            | Range
            | Return
            | Select
            | Struct
            | Switch
            | Type
            | Var
    )
}

impl Helper for GoHelper {}
