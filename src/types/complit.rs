//! Composite literals: structs (keyed or positional), arrays (including
//! `[...]T`), slices and maps, with elided element types (`[]Point{{1, 2}}`)
//! and elided `&T` (`[]*Point{{1, 2}}`).
//!
//! An elided `&T{...}` literal is recorded with the pointer type `*T`: the
//! compiler allocates the value and takes its address.

use super::check::Checker;
use super::constant::value_string;
use super::decl::is_exported;
use super::expr::IndexValue;
use super::exprstring::expr_string;
use super::info::ConstValue;
use super::operand::{OpMode, Operand};
use super::ty::{Type, TypeId, TypeTable};
use crate::syntax::ast::{Element, Expr, ExprKind, TypeExpr};
use std::collections::HashSet;

/// An element's key and value (a parser may also give `key: value` as a
/// `KeyValue` expression).
fn key_value(el: &Element) -> (Option<&Expr>, &Expr) {
    if let Some(k) = &el.key {
        return (Some(k), &el.value);
    }
    if let ExprKind::KeyValue(k, v) = &el.value.kind {
        return (Some(k), v);
    }
    (None, &el.value)
}

impl<'a> Checker<'a> {
    /// `T{...}`, or `{...}` with the type `hint` from the enclosing literal.
    pub fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [Element],
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let (typ, base) = match ty {
            Some(t) => {
                if let ExprKind::TypeExpr(te) = &t.kind {
                    if let TypeExpr::Array { len: None, elem } = &**te {
                        // [...]T: the length is the number of elements
                        let et = self.typ(elem);
                        if et == TypeTable::INVALID {
                            self.use_elements(elts);
                            return Operand::invalid(Some(e));
                        }
                        let n = self.indexed_elts(elts, et, -1);
                        let at = self.types.intern(Type::Array { elem: et, len: n });
                        self.info.types.insert(
                            t.id,
                            super::info::TypeAndValue {
                                mode: super::info::Mode::TypeExpr,
                                ty: at,
                                value: None,
                            },
                        );
                        return Operand::new(OpMode::Value, at, e);
                    }
                }
                let tt = self.typ(t);
                (tt, tt)
            }
            None => match hint {
                Some(h) => {
                    let mut base = h;
                    if let Type::Pointer(b) = self.types.under(h) {
                        base = *b;
                    }
                    (h, base)
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    self.use_elements(elts);
                    return Operand::invalid(Some(e));
                }
            },
        };
        if typ == TypeTable::INVALID || !self.is_valid(base) {
            self.use_elements(elts);
            return Operand::invalid(Some(e));
        }
        match self.types.under(base).clone() {
            Type::Struct(fields) => self.struct_lit(e, base, &fields, elts),
            Type::Array { elem, len } => {
                self.indexed_elts(elts, elem, len);
            }
            Type::Slice(elem) => {
                self.indexed_elts(elts, elem, -1);
            }
            Type::Map { key, elem } => {
                let mut seen: Vec<ConstValue> = Vec::new();
                for el in elts {
                    let (k, v) = key_value(el);
                    let Some(k) = k else {
                        self.error(el.value.span, "missing key in map literal");
                        self.raw_expr(&el.value, None);
                        continue;
                    };
                    let mut kx = self.expr_with_hint(k, Some(key));
                    self.assignment(&mut kx, Some(key), "map literal");
                    if kx.mode == OpMode::Constant {
                        if let Some(val) = &kx.val {
                            if seen.contains(val) {
                                self.error(
                                    k.span,
                                    format!("duplicate key {} in map literal", expr_string(k)),
                                );
                            } else {
                                seen.push(val.clone());
                            }
                        }
                    }
                    let mut vx = self.expr_with_hint(v, Some(elem));
                    self.assignment(&mut vx, Some(elem), "map literal");
                }
            }
            _ => {
                let ts = self.type_str(typ);
                self.error(e.span, format!("invalid composite literal type {ts}"));
                self.use_elements(elts);
                return Operand::invalid(Some(e));
            }
        }
        Operand::new(OpMode::Value, typ, e)
    }

    /// Check element expressions after an error, for their own errors.
    fn use_elements(&mut self, elts: &'a [Element]) {
        for el in elts {
            let (_, v) = key_value(el);
            if !matches!(v.kind, ExprKind::CompositeLit { ty: None, .. }) {
                self.raw_expr(v, None);
            }
        }
    }

    /// Struct literal elements, keyed (`{X: 1}`) or positional (`{1, 2}`).
    fn struct_lit(
        &mut self,
        e: &'a Expr,
        base: TypeId,
        fields: &[super::ty::Field],
        elts: &'a [Element],
    ) {
        if elts.is_empty() {
            return;
        }
        let ts = self.type_str(base);
        let other_pkg = self
            .types
            .named(base)
            .is_some_and(|n| n.pkg != self.pkg_path);
        if key_value(&elts[0]).0.is_some() {
            let mut seen: HashSet<usize> = HashSet::new();
            for el in elts {
                let (k, v) = key_value(el);
                let Some(k) = k else {
                    self.error(
                        v.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.raw_expr(v, None);
                    continue;
                };
                let ExprKind::Ident(id) = &k.kind else {
                    self.error(
                        k.span,
                        format!("invalid field name {} in struct literal", expr_string(k)),
                    );
                    self.raw_expr(v, None);
                    continue;
                };
                let Some(i) = fields.iter().position(|f| f.name == id.name) else {
                    self.error(
                        k.span,
                        format!("unknown field {} in struct literal of type {ts}", id.name),
                    );
                    self.raw_expr(v, None);
                    continue;
                };
                let fo = self.field_obj(base, i);
                self.info.uses.insert(id.id, fo);
                if other_pkg && !is_exported(&id.name) {
                    self.error(
                        k.span,
                        format!(
                            "cannot refer to unexported field {} in struct literal of type {ts}",
                            id.name
                        ),
                    );
                }
                if !seen.insert(i) {
                    self.error(
                        k.span,
                        format!("duplicate field name {} in struct literal", id.name),
                    );
                    self.raw_expr(v, None);
                    continue;
                }
                let ft = fields[i].ty;
                let mut x = self.expr_with_hint(v, Some(ft));
                self.assignment(&mut x, Some(ft), "struct literal");
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                let (k, v) = key_value(el);
                if k.is_some() {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                if i >= fields.len() {
                    self.error(
                        v.span,
                        format!("too many values in struct literal of type {ts}"),
                    );
                    break;
                }
                let ft = fields[i].ty;
                let mut x = self.expr_with_hint(v, Some(ft));
                if other_pkg && !is_exported(&fields[i].name) {
                    self.error(v.span, format!("implicit assignment to unexported field {} in struct literal of type {ts}", fields[i].name));
                    continue;
                }
                self.assignment(&mut x, Some(ft), "struct literal");
            }
            if elts.len() < fields.len() {
                let mut at = e.span;
                if at.hi > at.lo {
                    at.lo = at.hi - 1;
                }
                self.error(at, format!("too few values in struct literal of type {ts}"));
            }
        }
    }

    /// Array or slice literal elements, with optional constant indices;
    /// returns the length (one past the largest index).
    fn indexed_elts(&mut self, elts: &'a [Element], elem: TypeId, length: i64) -> i64 {
        let mut visited: HashSet<i64> = HashSet::new();
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        for el in elts {
            let (k, v) = key_value(el);
            let mut valid_index = false;
            if let Some(k) = k {
                match self.index_value(k, length) {
                    IndexValue::Const(i) => {
                        index = i;
                        valid_index = true;
                    }
                    IndexValue::NonConst => {
                        self.error(
                            k.span,
                            format!("index {} must be integer constant", expr_string(k)),
                        );
                    }
                    IndexValue::Invalid => {}
                }
            } else if length >= 0 && index >= length {
                self.error(
                    v.span,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid_index = true;
            }
            if valid_index {
                if !visited.insert(index) {
                    let at = k.map(|k| k.span).unwrap_or(v.span);
                    self.error(
                        at,
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_with_hint(v, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        let _ = value_string;
        max
    }
}
