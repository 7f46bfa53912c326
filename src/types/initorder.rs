//! Package initialisation order (Go spec "Package initialization"): package
//! variables are initialised by repeatedly picking the earliest variable in
//! declaration order that does not depend on uninitialised variables, where
//! dependencies are followed through the functions (and methods) a
//! variable's initialiser refers to. A variable that depends on itself is
//! an `initialization cycle`.

use super::check::{Checker, DeclInfo};
use super::info::{Initializer, ObjKind};
use super::ty::ObjId;
use std::collections::HashSet;

impl<'a> Checker<'a> {
    fn is_var_or_const(&self, o: ObjId) -> bool {
        matches!(self.obj(o).kind, ObjKind::Var { .. } | ObjKind::Const(_))
    }

    /// The variables and constants `v` depends on, through functions.
    fn var_deps(&self, v: ObjId) -> HashSet<ObjId> {
        let mut out = HashSet::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
        while let Some(d) = stack.pop() {
            if !seen.insert(d) {
                continue;
            }
            if self.is_var_or_const(d) {
                out.insert(d);
            } else if let Some(ds) = self.deps.get(&d) {
                stack.extend(ds.iter().copied());
            }
        }
        out
    }

    /// A path of references from `from` back to `to`.
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        for &d in self.deps.get(&from).map(|v| v.as_slice()).unwrap_or(&[]) {
            if d == to {
                return Some(vec![from]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.insert(0, from);
                return Some(p);
            }
        }
        None
    }

    pub(super) fn compute_init_order(&mut self) {
        let order: Vec<ObjId> = self
            .pkg_objs
            .iter()
            .copied()
            .filter(|&o| self.is_var_or_const(o))
            .collect();
        let deps: Vec<HashSet<ObjId>> = order.iter().map(|&o| self.var_deps(o)).collect();
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut remaining: Vec<usize> = (0..order.len()).collect();
        let mut reported: HashSet<ObjId> = HashSet::new();
        let mut emitted_specs: HashSet<*const crate::syntax::ast::ValueSpec> = HashSet::new();
        while !remaining.is_empty() {
            let pick = remaining.iter().position(|&i| {
                deps[i]
                    .iter()
                    .all(|d| done.contains(d) || !order.contains(d))
            });
            let idx = match pick {
                Some(p) => p,
                None => {
                    let v = order[remaining[0]];
                    if !reported.contains(&v) {
                        if let Some(cycle) = self.find_path(v, v, &mut HashSet::new()) {
                            reported.extend(cycle.iter().copied());
                            self.report_init_cycle(&cycle);
                        }
                    }
                    0
                }
            };
            let i = remaining.remove(idx);
            let v = order[i];
            done.insert(v);
            if let Some(DeclInfo::Var {
                spec,
                decl,
                spec_index,
                file,
            }) = self.decls.get(&v).copied()
            {
                if spec.values.is_empty() || !emitted_specs.insert(spec as *const _) {
                    continue;
                }
                let lhs: Vec<Option<ObjId>> = spec
                    .names
                    .iter()
                    .map(|n| {
                        if n.name == "_" {
                            None
                        } else {
                            self.info.defs.get(&n.id).copied()
                        }
                    })
                    .collect();
                // the other names of the spec are initialised by this too
                for o in lhs.iter().flatten() {
                    done.insert(*o);
                }
                self.info.init_order.push(Initializer {
                    lhs,
                    file,
                    decl,
                    spec: spec_index,
                    pkg: self.pkg_index,
                });
            }
        }
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let first = cycle[0];
        let name = self.obj(first).name.clone();
        let span = self.obj(first).span;
        if cycle.len() == 1 {
            self.error(
                span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {name}");
        for i in 0..cycle.len() {
            let a = cycle[i];
            let b = cycle[(i + 1) % cycle.len()];
            let pos = self.pos_string(self.obj(a).span);
            msg.push_str(&format!(
                "\n\t{pos}: {} refers to {}",
                self.obj(a).name,
                self.obj(b).name
            ));
        }
        self.error(span, msg);
    }
}
