//! Labels of a function body: duplicates, `label L defined and not used`,
//! and the targets of labelled `break`, `continue` and `goto`.

use super::check::Checker;
use crate::syntax::ast::{Block, BranchKind, Ident, Span, Stmt, StmtKind};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Loop,
    Switch,
    Other,
}

impl<'a> Checker<'a> {
    /// Check the labels of a function body (nested function literals have
    /// their own).
    pub fn check_labels(&mut self, body: &'a Block) {
        let mut labels: HashMap<String, (Span, bool)> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        self.collect_labels(&body.stmts, &mut labels, &mut order);
        let mut stack: Vec<(String, Target)> = Vec::new();
        self.branches(&body.stmts, &mut labels, &mut stack);
        for name in order {
            if let Some((span, used)) = labels.get(&name)
                && !used
            {
                let span = *span;
                self.branch_error(span, format!("label {name} defined and not used"));
            }
        }
    }

    fn collect_labels(
        &mut self,
        list: &'a [Stmt],
        labels: &mut HashMap<String, (Span, bool)>,
        order: &mut Vec<String>,
    ) {
        for s in list {
            self.collect_labels_stmt(s, labels, order);
        }
    }

    fn collect_labels_stmt(
        &mut self,
        s: &'a Stmt,
        labels: &mut HashMap<String, (Span, bool)>,
        order: &mut Vec<String>,
    ) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if l.name != "_" {
                    if let Some((prev, _)) = labels.get(&l.name) {
                        let p = self.pos_string(*prev);
                        self.branch_error(
                            l.span,
                            format!("label {} already defined at {p}", l.name),
                        );
                    } else {
                        labels.insert(l.name.clone(), (l.span, false));
                        order.push(l.name.clone());
                    }
                }
                self.collect_labels_stmt(inner, labels, order);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts, labels, order),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts, labels, order);
                if let Some(e) = els {
                    self.collect_labels_stmt(e, labels, order);
                }
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body, labels, order);
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body, labels, order);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.collect_labels(&c.body, labels, order);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts, labels, order)
            }
            _ => {}
        }
    }

    fn branches(
        &mut self,
        list: &'a [Stmt],
        labels: &mut HashMap<String, (Span, bool)>,
        stack: &mut Vec<(String, Target)>,
    ) {
        for s in list {
            self.branches_stmt(s, None, labels, stack);
        }
    }

    fn branches_stmt(
        &mut self,
        s: &'a Stmt,
        label: Option<&'a Ident>,
        labels: &mut HashMap<String, (Span, bool)>,
        stack: &mut Vec<(String, Target)>,
    ) {
        let push = |stack: &mut Vec<(String, Target)>, t: Target| {
            stack.push((label.map(|l| l.name.clone()).unwrap_or_default(), t));
        };
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.branches_stmt(inner, Some(l), labels, stack),
            StmtKind::Branch {
                kind,
                label: Some(target),
            } => {
                let name = &target.name;
                let exists = labels.contains_key(name);
                match kind {
                    BranchKind::Goto => {
                        if !exists {
                            self.branch_error(target.span, format!("label {name} not defined"));
                            return;
                        }
                    }
                    BranchKind::Break | BranchKind::Continue => {
                        let kw = if *kind == BranchKind::Break {
                            "break"
                        } else {
                            "continue"
                        };
                        if !exists {
                            self.branch_error(
                                target.span,
                                format!("{kw} label not defined: {name}"),
                            );
                            return;
                        }
                        let ok = stack.iter().any(|(n, t)| {
                            n == name && (*kind == BranchKind::Break || *t == Target::Loop)
                        });
                        if !ok {
                            self.branch_error(target.span, format!("invalid {kw} label {name}"));
                        }
                    }
                    BranchKind::Fallthrough => {}
                }
                if let Some(e) = labels.get_mut(name) {
                    e.1 = true;
                }
            }
            StmtKind::Block(b) => {
                push(stack, Target::Other);
                self.branches(&b.stmts, labels, stack);
                stack.pop();
            }
            StmtKind::If { then, els, .. } => {
                push(stack, Target::Other);
                self.branches(&then.stmts, labels, stack);
                if let Some(e) = els {
                    self.branches_stmt(e, None, labels, stack);
                }
                stack.pop();
            }
            StmtKind::Switch { clauses, .. } => {
                push(stack, Target::Switch);
                for c in clauses {
                    self.branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                push(stack, Target::Switch);
                for c in clauses {
                    self.branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::Select(clauses) => {
                push(stack, Target::Switch);
                for c in clauses {
                    self.branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                push(stack, Target::Loop);
                self.branches(&body.stmts, labels, stack);
                stack.pop();
            }
            _ => {}
        }
    }
}

/// What the goto pass learns about a function body.
#[derive(Default)]
struct GotoInfo<'a> {
    /// Where each block starts (by block id).
    starts: Vec<Span>,
    /// Label name: (block id, index of its statement in that block).
    labels: HashMap<String, (usize, usize)>,
    /// Each goto: its label, and the blocks enclosing it with the index of
    /// the statement that contains it in each.
    gotos: Vec<(&'a Ident, Vec<(usize, usize)>)>,
    /// Variable declarations per block: (index, name, position).
    var_decls: HashMap<usize, Vec<(usize, String, Span)>>,
}

impl<'a> Checker<'a> {
    /// `goto L jumps into block starting at ...` and `goto L jumps over
    /// declaration of x at ...` (cmd/compile's branch checks).
    pub fn check_gotos(&mut self, body: &'a Block) {
        let mut g = GotoInfo::default();
        let mut chain = Vec::new();
        self.goto_block(&mut g, body.span, &body.stmts, &mut chain);
        for (label, gchain) in std::mem::take(&mut g.gotos) {
            let Some(&(lblock, lindex)) = g.labels.get(&label.name) else {
                continue;
            };
            match gchain.iter().find(|(b, _)| *b == lblock) {
                Some(&(_, gindex)) => {
                    if lindex <= gindex {
                        continue;
                    }
                    let decl = g.var_decls.get(&lblock).and_then(|v| {
                        v.iter()
                            .rfind(|(i, _, _)| *i > gindex && *i < lindex)
                            .cloned()
                    });
                    if let Some((_, name, pos)) = decl {
                        let p = self.pos_string(pos);
                        self.branch_error(
                            label.span,
                            format!(
                                "goto {} jumps over declaration of {name} at {p}",
                                label.name
                            ),
                        );
                    }
                }
                None => {
                    let p = self.pos_string(g.starts[lblock]);
                    self.branch_error(
                        label.span,
                        format!("goto {} jumps into block starting at {p}", label.name),
                    );
                }
            }
        }
    }

    fn goto_block(
        &self,
        g: &mut GotoInfo<'a>,
        start: Span,
        list: &'a [Stmt],
        chain: &mut Vec<(usize, usize)>,
    ) {
        let id = g.starts.len();
        g.starts.push(start);
        for (i, s) in list.iter().enumerate() {
            chain.push((id, i));
            self.goto_stmt(g, id, i, s, chain);
            chain.pop();
        }
    }

    fn goto_stmt(
        &self,
        g: &mut GotoInfo<'a>,
        block: usize,
        index: usize,
        s: &'a Stmt,
        chain: &mut Vec<(usize, usize)>,
    ) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                g.labels.entry(l.name.clone()).or_insert((block, index));
                self.goto_stmt(g, block, index, inner, chain);
            }
            StmtKind::Branch {
                kind: BranchKind::Goto,
                label: Some(l),
            } => g.gotos.push((l, chain.clone())),
            StmtKind::Decl(crate::syntax::ast::Decl::Var(specs, _)) => {
                if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                    g.var_decls
                        .entry(block)
                        .or_default()
                        .push((index, n.name.clone(), n.span));
                }
            }
            StmtKind::Assign {
                lhs,
                op: crate::syntax::ast::AssignOp::Define,
                ..
            } => {
                if let Some(crate::syntax::ast::ExprKind::Ident(id)) = lhs.first().map(|e| &e.kind)
                {
                    let at = self.define_op_pos(s.span, lhs);
                    g.var_decls
                        .entry(block)
                        .or_default()
                        .push((index, id.name.clone(), at));
                }
            }
            StmtKind::Block(b) => self.goto_block(g, b.span, &b.stmts, chain),
            StmtKind::If { then, els, .. } => {
                self.goto_block(g, then.span, &then.stmts, chain);
                if let Some(e) = els {
                    self.goto_stmt(g, block, index, e, chain);
                }
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    self.goto_block(g, c.span, &c.body, chain);
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.goto_block(g, c.span, &c.body, chain);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.goto_block(g, c.span, &c.body, chain);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.goto_block(g, body.span, &body.stmts, chain)
            }
            _ => {}
        }
    }
}
