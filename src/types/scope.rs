//! Lexical scopes: the universe, package, file, function and block scopes,
//! as an arena of name tables with parent links. A name is looked up from
//! the innermost scope outwards, so inner declarations shadow outer ones
//! (a local `time := <-timer.C` hides the package `time` in its block only).

use super::check::Checker;
use super::ty::ObjId;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
}

impl<'a> Checker<'a> {
    pub fn new_scope(&mut self, parent: Option<ScopeId>) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    /// Enter a new block scope nested in the current one.
    pub fn open_scope(&mut self) {
        self.scope = self.new_scope(Some(self.scope));
    }

    /// Leave the current block scope.
    pub fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.scope.0 as usize].parent {
            self.scope = p;
        }
    }

    /// The object a name denotes at the current point, innermost first.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.lookup_from(self.scope, name)
    }

    pub fn lookup_from(&self, mut s: ScopeId, name: &str) -> Option<ObjId> {
        loop {
            let scope = &self.scopes[s.0 as usize];
            if let Some(&o) = scope.names.get(name) {
                return Some(o);
            }
            s = scope.parent?;
        }
    }

    /// Declare `obj` under `name` in scope `s`; returns the object already
    /// declared there under that name, if any (then nothing is declared).
    pub fn declare_in(&mut self, s: ScopeId, name: &str, obj: ObjId) -> Option<ObjId> {
        if name == "_" {
            return None;
        }
        let scope = &mut self.scopes[s.0 as usize];
        if let Some(&old) = scope.names.get(name) {
            return Some(old);
        }
        scope.names.insert(name.to_string(), obj);
        None
    }

    /// Declare in the current scope, reporting `x redeclared in this block`.
    pub fn declare(&mut self, name: &str, obj: ObjId, span: crate::syntax::ast::Span) -> bool {
        if let Some(old) = self.declare_in(self.scope, name, obj) {
            self.redeclared(name, span, old);
            return false;
        }
        true
    }

    /// `x redeclared in this block` with the other declaration's position.
    pub fn redeclared(&mut self, name: &str, span: crate::syntax::ast::Span, old: ObjId) {
        let old_span = self.obj(old).span;
        let mut msg = format!("{name} redeclared in this block");
        if old_span != crate::syntax::ast::Span::default() {
            msg.push_str(&format!(
                "\n\t{}: other declaration of {name}",
                self.pos_string(old_span)
            ));
        }
        self.error(span, msg);
    }

    /// An exported name of scope `s` (a package) spelled like `name`.
    pub fn similar_in_scope(&self, s: ScopeId, name: &str) -> Option<String> {
        let scope = &self.scopes[s.0 as usize];
        let mut best: Option<(usize, String)> = None;
        for cand in scope.names.keys() {
            if !cand.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let d = if cand.eq_ignore_ascii_case(name) {
                0
            } else {
                edit_distance(cand, name)
            };
            let limit = if name.len() <= 3 { 1 } else { 2 };
            if d <= limit
                && best
                    .as_ref()
                    .is_none_or(|(bd, bn)| better(d, cand, *bd, bn))
            {
                best = Some((d, cand.clone()));
            }
        }
        best.map(|(_, n)| n)
    }

    /// Names visible from the current scope that are spelled like `name`
    /// (for `did you mean x?` hints).
    pub fn similar_name(&self, name: &str) -> Option<String> {
        let mut best: Option<(usize, String)> = None;
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let scope = &self.scopes[id.0 as usize];
            for cand in scope.names.keys() {
                if cand == name || cand == "_" {
                    continue;
                }
                let d = if cand.eq_ignore_ascii_case(name) {
                    0
                } else {
                    edit_distance(cand, name)
                };
                let limit = if name.len() <= 3 { 1 } else { 2 };
                if d <= limit
                    && best
                        .as_ref()
                        .is_none_or(|(bd, bn)| better(d, cand, *bd, bn))
                {
                    best = Some((d, cand.clone()));
                }
            }
            s = scope.parent;
        }
        best.map(|(_, n)| n)
    }
}

/// Levenshtein distance between two names.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether candidate `(d, c)` is a better spelling suggestion than `(bd, b)`:
/// closer first; on a tie the longer name (a dropped letter is the more
/// common typo), then the alphabetically first.
fn better(d: usize, c: &str, bd: usize, b: &str) -> bool {
    (d, std::cmp::Reverse(c.len()), c) < (bd, std::cmp::Reverse(b.len()), b)
}
