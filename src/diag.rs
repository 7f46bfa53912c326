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
    /// The order Go reports it in, among the errors of one build (see
    /// `go_reported`): which ten errors are printed depends on it.
    pub seq: u32,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            help: None,
            seq: 0,
        }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    /// A syntax error in Go's sense: its message says so. Go type-checks
    /// nothing once the parser reported one; other parser and scanner errors
    /// (`invalid digit '8' in octal literal`, `expression in go must be
    /// function call`) let checking go on.
    pub fn is_syntax_error(&self) -> bool {
        self.message.starts_with("syntax error")
    }
    /// `file:line:col: message`, Go's one-line form.
    pub fn one_line(&self, sources: &SourceMap) -> String {
        format!("{}: {}", sources.position(self.span), self.message)
    }
}

/// The errors of a build as Go lists them with `-gcflags=-e` (no limit),
/// given all errors in the order they were reported (the parser's, file by
/// file, then the type checker's), as cmd/compile's `base.ErrorfAt` and
/// `FlushErrors` do: of several syntax errors on one line only the first
/// counts, and of equal other errors following each other on one line only
/// the first; the rest is sorted by position (equal lines once). Each keeps
/// its report order in `seq`, for `printed`.
///
/// Lists that already went through this are returned as they are.
pub fn go_reported(sources: &SourceMap, reported: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if reported.iter().any(|d| d.seq > 0) {
        return reported;
    }
    let line = |d: &Diagnostic| {
        sources
            .files
            .get(d.span.file as usize)
            .map_or(0, |f| f.line_col(d.span.lo).0)
    };
    let same_line =
        |a: &Diagnostic, b: &Diagnostic| a.span.file == b.span.file && line(a) == line(b);
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last_syntax: Option<usize> = None;
    let mut last_other: Option<usize> = None;
    for mut d in reported {
        if d.is_syntax_error() {
            if last_syntax.is_some_and(|i| same_line(&kept[i], &d)) {
                continue;
            }
            last_syntax = Some(kept.len());
        } else {
            if last_other.is_some_and(|i| same_line(&kept[i], &d) && kept[i].message == d.message) {
                continue;
            }
            last_other = Some(kept.len());
        }
        d.seq = kept.len() as u32 + 1;
        kept.push(d);
    }
    // sort.Stable by position, then equal lines printed once.
    kept.sort_by_key(|d| (d.span.file, d.span.lo));
    kept.dedup_by(|b, a| a.span == b.span && a.message == b.message);
    kept
}

/// What `go build` prints of `diags` (sorted by position, as from
/// `go_reported`): the tenth error reported ends the build (even when it is
/// the last), so it prints the first `MAX_ERRORS` in report order, sorted by
/// position, and then `LINE:COL: too many errors` at the position of that
/// tenth error. The second value is that position, if the limit was hit.
pub fn printed(diags: &[Diagnostic]) -> (Vec<&Diagnostic>, Option<Span>) {
    if diags.len() < MAX_ERRORS {
        return (diags.iter().collect(), None);
    }
    let mut order: Vec<usize> = (0..diags.len()).collect();
    order.sort_by_key(|&i| (diags[i].seq, i));
    let tenth = order[MAX_ERRORS - 1];
    let mut first: Vec<usize> = order[..MAX_ERRORS].to_vec();
    first.sort();
    (
        first.into_iter().map(|i| &diags[i]).collect(),
        Some(diags[tenth].span),
    )
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

/// Render diagnostics for a terminal or a log, as Go prints them (see
/// `printed`: at most `MAX_ERRORS`, then `too many errors`): each as Go's
/// one-line form, then miette's snippet. `color` picks ANSI colours.
pub fn render(sources: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    let (diags, too_many) = printed(diags);
    use std::fmt::Write;
    let mut out = String::new();
    let handler = if color {
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
    } else {
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
    };
    for d in diags {
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
    if let Some(at) = too_many {
        let _ = writeln!(out, "{}: too many errors", sources.position(at));
    }
    out
}
