//! Interface satisfaction: whether a type implements an interface, and if
//! not, Go's explanation (`(missing method M)`, `(method M has pointer
//! receiver)`, `(wrong type for method M)` with have/want lines).

use super::check::Checker;
use super::lookup::Lookup;
use super::ty::{Type, TypeId};

impl<'a> Checker<'a> {
    /// `name(params) results` of a method, for have/want lines.
    fn method_string(&self, name: &str, sig: TypeId) -> String {
        let mut s = name.to_string();
        let full = self.type_str(sig);
        s.push_str(full.strip_prefix("func").unwrap_or(&full));
        s
    }

    /// Why `v` lacks a method of interface `t` (None: it implements `t`).
    pub fn missing_method(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let methods = self.iface_methods(t);
        for m in methods {
            if self.is_interface(v) {
                let vm = self.iface_methods(v);
                match vm.iter().find(|x| x.name == m.name) {
                    Some(x) if x.sig == m.sig => continue,
                    Some(x) => {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                            m.name,
                            self.method_string(&x.name, x.sig),
                            self.method_string(&m.name, m.sig)
                        ));
                    }
                    None => return Some(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_field_or_method(v, false, &m.name) {
                Lookup::Method { sig, .. } if sig == m.sig => continue,
                Lookup::Method { sig, .. } => {
                    return Some(format!(
                        "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                        m.name,
                        self.method_string(&m.name, sig),
                        self.method_string(&m.name, m.sig)
                    ));
                }
                Lookup::PtrRecvRequired { sig, .. } => {
                    if sig == m.sig {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                    return Some(format!(
                        "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
                        m.name,
                        self.method_string(&m.name, sig),
                        self.method_string(&m.name, m.sig)
                    ));
                }
                Lookup::Field { .. } => {
                    return Some(format!(
                        "({}.{} is a field, not a method)",
                        self.type_str(v),
                        m.name
                    ));
                }
                _ => {
                    if let Some((alt, true)) = self.lookup_fold_case(v, &m.name) {
                        if let Lookup::Method { sig, .. } | Lookup::PtrRecvRequired { sig, .. } =
                            self.lookup_field_or_method(v, true, &alt)
                        {
                            return Some(format!(
                                "(missing method {})\n\t\thave {}\n\t\twant {}",
                                m.name,
                                self.method_string(&alt, sig),
                                self.method_string(&m.name, m.sig)
                            ));
                        }
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    /// Whether `v` implements interface `t`; `cause` gets Go's explanation
    /// (`T does not implement I (missing method M)`).
    pub fn implements(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        if !self.is_valid(v) || !self.is_valid(t) {
            return true;
        }
        match self.types.under(t) {
            Type::Interface(ms) => {
                if ms.is_empty() {
                    return true;
                }
            }
            _ => {
                let detail = if matches!(self.types.under(t), Type::Pointer(e) if self.is_interface(*e))
                {
                    format!(
                        "type {} is pointer to interface, not interface",
                        self.type_str(t)
                    )
                } else {
                    format!("{} is not an interface", self.type_str(t))
                };
                *cause = format!(
                    "{} does not implement {} ({detail})",
                    self.type_str(v),
                    self.type_str(t)
                );
                return false;
            }
        }
        if let Some(why) = self.missing_method(v, t) {
            *cause = format!(
                "{} does not implement {} {why}",
                self.type_str(v),
                self.type_str(t)
            );
            return false;
        }
        true
    }
}
