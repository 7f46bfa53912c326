//! Diagnostics: compile errors with a position, Go's wording and a source
//! snippet rendered by miette.
//!
//! Every stage reports errors as `Diagnostic` values; none prints directly.
//! The first line of a rendered diagnostic is always Go's own form,
//! `file.go:LINE:COL: message`, so people can search it, and the snippet
//! follows below it.

use crate::syntax::ast::Span;
use crate::syntax::source::SourceMap;

/// Go reports at most this many errors, then `too many errors`.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    /// Go's message text, e.g. `declared and not used: x`.
    pub message: String,
    /// An extra hint such as `did you mean foo?`.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            help: None,
        }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    /// `file:line:col: message`, Go's one-line form.
    pub fn one_line(&self, sources: &SourceMap) -> String {
        format!("{}: {}", sources.position(self.span), self.message)
    }
}

#[derive(Debug)]
struct Rendered {
    message: String,
    help: Option<String>,
    src: miette::NamedSource<String>,
    span: miette::SourceSpan,
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Rendered {}
impl miette::Diagnostic for Rendered {
    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_with_span(Some("here".into()), self.span),
        )))
    }
}

/// Render diagnostics (at most `MAX_ERRORS`) for a terminal or a log: each as
/// Go's one-line form, then miette's snippet. `color` picks ANSI colours.
pub fn render(sources: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let handler = if color {
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
    } else {
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
    };
    for d in diags.iter().take(MAX_ERRORS) {
        let _ = writeln!(out, "{}", d.one_line(sources));
        let f = sources.file(d.span);
        let lo = (d.span.lo as usize).min(f.text.len());
        let hi = (d.span.hi as usize).clamp(lo, f.text.len());
        let r = Rendered {
            message: d.message.clone(),
            help: d.help.clone(),
            src: miette::NamedSource::new(f.name.clone(), f.text.clone()),
            span: (lo, hi - lo).into(),
        };
        let mut snippet = String::new();
        if handler.render_report(&mut snippet, &r).is_ok() {
            out.push_str(&snippet);
        }
    }
    if diags.len() > MAX_ERRORS {
        out.push_str("too many errors\n");
    }
    out
}
