//! Terminating statements (Go spec "Terminating statements"), for
//! `missing return`.

use super::check::Checker;
use super::expr::unparen;
use super::info::{Builtin, Mode};
use crate::syntax::ast::{BranchKind, ExprKind, Stmt, StmtKind};

impl<'a> Checker<'a> {
    pub fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        match list
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
        {
            Some(s) => self.is_terminating(s, label),
            None => false,
        }
    }

    pub fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, &l.name),
            StmtKind::Expr(e) => {
                if let ExprKind::Call { func, .. } = &unparen(e).kind {
                    return self
                        .info
                        .types
                        .get(&func.id)
                        .is_some_and(|tv| tv.mode == Mode::Builtin(Builtin::Panic));
                }
                false
            }
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind, .. } => {
                matches!(kind, BranchKind::Goto | BranchKind::Fallthrough)
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => match els {
                Some(e) => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
                None => false,
            },
            StmtKind::Switch { clauses, .. } => {
                let mut has_default = false;
                for c in clauses {
                    if c.exprs.is_none() {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&c.body, "")
                        || has_break_list(&c.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for c in clauses {
                    if c.types.is_none() {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&c.body, "")
                        || has_break_list(&c.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    if !self.is_terminating_list(&c.body, "")
                        || has_break_list(&c.body, label, true)
                    {
                        return false;
                    }
                }
                true
            }
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

/// Whether `s` is or contains a `break` of the statement labelled `label`
/// (or, if `implicit`, of the closest enclosing breakable statement).
fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled(_, inner) => has_break(inner, label, implicit),
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select(clauses) => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}
