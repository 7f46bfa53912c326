//! `byte` and `rune` as written, for messages only.
//!
//! go/types keeps `byte` and `rune` as distinct *names* of `uint8` and
//! `int32`: identical types, but a variable declared `byte` prints as
//! `byte` (`cannot use 256 (untyped int constant) as byte value in
//! assignment (overflows)`, `constant 300 overflows byte`). Here `TypeId`
//! equality is type identity for the checker, the compiler and the VM, so
//! the checker's types stay canonical (`UINT8`, `[]uint8`) and the spelling
//! is remembered on the side, where messages look for it:
//! - `TypeTable::BYTE` / `RUNE` are display-only ids (printed `byte` and
//!   `rune`), and types built from them (`[]byte`) are display-only too.
//!   They are never the type of an expression or object, only values of
//!   the maps below.
//! - `spelled_objs`: the type of a variable as declared (`var b byte`,
//!   `b []byte` parameters) or inferred from such a variable, a conversion
//!   or an untyped rune (whose default type is `rune`).
//! - `spelled_exprs`: the type of a conversion `byte(x)` as written.
//! - `spelled_target`: the target type of the assignment or conversion
//!   being checked, as written, for `as T value` and `overflows T`.

use super::check::Checker;
use super::info::ObjKind;
use super::operand::Operand;
use super::ty::{ObjId, Type, TypeId, TypeTable};
use crate::syntax::ast::{Expr, ExprKind, FuncType, TypeExpr};

impl<'a> Checker<'a> {
    /// The display type of type expression `e` if it writes `byte` or
    /// `rune` somewhere a message shows (`byte`, `[]rune`, `map[string]byte`,
    /// `*byte`, `chan rune`, `[4]byte`), else `None`.
    pub fn spelled_type_expr(&mut self, e: &Expr) -> Option<TypeId> {
        let canon = |c: &Checker, e: &Expr| c.info.types.get(&e.id).map(|tv| tv.ty);
        match &e.kind {
            ExprKind::Ident(id) if id.name == "byte" || id.name == "rune" => {
                let o = self.lookup(&id.name)?;
                let universe = self.scopes[self.universe.0 as usize].names.get(&id.name);
                if universe != Some(&o) || !matches!(self.obj(o).kind, ObjKind::TypeName) {
                    return None;
                }
                Some(if id.name == "byte" {
                    TypeTable::BYTE
                } else {
                    TypeTable::RUNE
                })
            }
            ExprKind::Paren(x) => self.spelled_type_expr(x),
            ExprKind::Star(x) => {
                let t = self.spelled_type_expr(x)?;
                Some(self.types.pointer(t))
            }
            ExprKind::TypeExpr(t) => match t.as_ref() {
                TypeExpr::Slice(elem) => {
                    let t = self.spelled_type_expr(elem)?;
                    Some(self.types.slice(t))
                }
                TypeExpr::Array { elem, .. } => {
                    let t = self.spelled_type_expr(elem)?;
                    let Type::Array { len, .. } = self.types.get(canon(self, e)?) else {
                        return None;
                    };
                    let len = *len;
                    Some(self.types.intern(Type::Array { elem: t, len }))
                }
                TypeExpr::Map(k, v) => {
                    let (sk, sv) = (self.spelled_type_expr(k), self.spelled_type_expr(v));
                    if sk.is_none() && sv.is_none() {
                        return None;
                    }
                    let key = sk.or_else(|| canon(self, k))?;
                    let elem = sv.or_else(|| canon(self, v))?;
                    Some(self.types.intern(Type::Map { key, elem }))
                }
                TypeExpr::Chan(dir, elem) => {
                    let t = self.spelled_type_expr(elem)?;
                    Some(self.types.intern(Type::Chan { dir: *dir, elem: t }))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Remember that variable `v` was declared with type expression `ty`.
    pub fn spell_declared(&mut self, v: ObjId, ty: &Expr) {
        if let Some(s) = self.spelled_type_expr(ty) {
            self.spelled_objs.insert(v, s);
        }
    }

    /// Remember the spelling of variable `v`, whose type was inferred from
    /// `x` (before `x` is converted to its default type).
    pub fn spell_inferred(&mut self, v: ObjId, x: &Operand) {
        let s = if x.ty == TypeTable::UNTYPED_RUNE {
            Some(TypeTable::RUNE)
        } else {
            self.spelled_of(x)
        };
        if let Some(s) = s {
            self.spelled_objs.insert(v, s);
        }
    }

    /// The declared function operand `x` names, if it is one.
    pub fn declared_func(&self, x: &Operand) -> Option<ObjId> {
        let ExprKind::Ident(id) = &super::expr::unparen(x.expr?).kind else {
            return None;
        };
        let o = *self.info.uses.get(&id.id)?;
        (matches!(self.obj(o).kind, ObjKind::Func { .. }) && self.obj(o).ty == x.ty).then_some(o)
    }

    /// The display type of operand `x`, if it differs from `x.ty` only in
    /// spelling.
    pub fn spelled_of(&self, x: &Operand) -> Option<TypeId> {
        let e = super::expr::unparen(x.expr?);
        let s = match &e.kind {
            ExprKind::Ident(id) => {
                let o = self.info.uses.get(&id.id)?;
                *self.spelled_objs.get(o)?
            }
            _ => *self.spelled_exprs.get(&e.id)?,
        };
        (self.types.canonical(s) == Some(x.ty)).then_some(s)
    }

    /// The type of function `f` as go/types prints it, with the names of
    /// its parameters and results (`func(out chan<- int)`), if it has any.
    pub fn func_type_str(&self, f: ObjId) -> Option<String> {
        let (pnames, rnames) = self.func_names.get(&f)?;
        let sig = self.signature(self.obj(f).ty)?.clone();
        let spelled = self.spelled_params.get(&f);
        let mut s = String::from("func(");
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(n) = pnames.get(i) {
                s.push_str(n);
                s.push(' ');
            }
            let shown = spelled.and_then(|v| v.get(i).copied().flatten());
            if sig.variadic && i + 1 == sig.params.len() {
                let elem = match self.types.get(p) {
                    Type::Slice(e) => *e,
                    _ => p,
                };
                s.push_str("...");
                s.push_str(&self.type_str(shown.unwrap_or(elem)));
            } else {
                let shown = shown.filter(|&t| self.types.canonical(t) == Some(p));
                s.push_str(&self.type_str(shown.unwrap_or(p)));
            }
        }
        s.push(')');
        let results: Vec<String> = sig
            .results
            .iter()
            .enumerate()
            .map(|(i, &r)| match rnames.get(i) {
                Some(n) => format!("{n} {}", self.type_str(r)),
                None => self.type_str(r),
            })
            .collect();
        match results.as_slice() {
            [] => {}
            [one] if rnames.is_empty() => {
                s.push(' ');
                s.push_str(one);
            }
            _ => s.push_str(&format!(" ({})", results.join(", "))),
        }
        Some(s)
    }

    /// The display type of the variable `lhs` denotes, if spelled.
    pub fn spelled_var(&self, lhs: &Expr) -> Option<TypeId> {
        let ExprKind::Ident(id) = &super::expr::unparen(lhs).kind else {
            return None;
        };
        let o = self
            .info
            .uses
            .get(&id.id)
            .or_else(|| self.info.defs.get(&id.id))?;
        self.spelled_objs.get(o).copied()
    }

    /// `t` as a message writes the target of the assignment or conversion
    /// being checked (see `spelled_target`).
    pub fn target_str(&self, t: TypeId) -> String {
        match self.spelled_target {
            Some(s) if self.types.canonical(s) == Some(t) => self.type_str(s),
            _ => self.type_str(t),
        }
    }

    /// Remember the parameter types of function or method `f` as written,
    /// and its parameter and result names.
    pub fn spell_params(&mut self, f: ObjId, sig: &FuncType) {
        let names = |ps: &[crate::syntax::ast::Param]| -> Vec<String> {
            ps.iter()
                .flat_map(|p| p.names.iter().map(|n| n.name.clone()))
                .collect()
        };
        let (params, results) = (names(&sig.params), names(&sig.results));
        if !params.is_empty() || !results.is_empty() {
            self.func_names.insert(f, (params, results));
        }
        let mut spelled = Vec::new();
        for p in &sig.params {
            let s = self.spelled_type_expr(&p.ty);
            spelled.extend(std::iter::repeat_n(s, p.names.len().max(1)));
        }
        if spelled.iter().any(Option::is_some) {
            self.spelled_params.insert(f, spelled);
        }
    }

    /// The parameter types as written of the function `func` calls, one per
    /// argument (`spread`: the last parameter `...T` takes the rest).
    pub fn spelled_args(&self, func: &Expr, spread: bool, nargs: usize) -> Vec<Option<TypeId>> {
        let name = match &super::expr::unparen(func).kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector(_, sel) => sel,
            _ => return Vec::new(),
        };
        let Some(params) = self
            .info
            .uses
            .get(&name.id)
            .and_then(|o| self.spelled_params.get(o))
        else {
            return Vec::new();
        };
        let mut params = params.clone();
        if spread && let Some(&last) = params.last() {
            params.resize(nargs.max(params.len() - 1), last);
        }
        params
    }

    /// The type as written of range variable `i` (0: key, 1: value) over
    /// `x`: `rune` for the characters of a string, else the element or key
    /// type of `x`'s spelled type.
    pub fn spelled_range_var(&self, x: &Operand, i: usize) -> Option<TypeId> {
        if i == 1 && self.is_string(x.ty) {
            return Some(TypeTable::RUNE);
        }
        let s = self.spelled_of(x)?;
        match (self.types.get(s), i) {
            (Type::Slice(e) | Type::Array { elem: e, .. } | Type::Map { elem: e, .. }, 1) => {
                Some(*e)
            }
            (Type::Map { key, .. }, 0) | (Type::Chan { elem: key, .. }, 0) => Some(*key),
            _ => None,
        }
    }
}
