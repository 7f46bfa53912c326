//! The source files of one load: their names and texts, and the mapping from
//! byte offsets to Go's `line:column` positions (1-based, column in bytes).

use super::ast::Span;

/// One source file as read from disk (or typed at the REPL).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name shown in diagnostics and tracebacks, as the user gave it.
    pub name: String,
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of an offset, as Go prints them.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1, // line_starts[0] == 0, so i >= 1 here
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

/// All files of a load, indexed by `Span::file`.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> u32 {
        self.files.push(SourceFile::new(name, text));
        (self.files.len() - 1) as u32
    }

    pub fn file(&self, span: Span) -> &SourceFile {
        &self.files[span.file as usize]
    }

    /// `name:line:col` of the start of a span, as in Go's messages.
    pub fn position(&self, span: Span) -> String {
        let f = self.file(span);
        let (line, col) = f.line_col(span.lo);
        format!("{}:{}:{}", f.name, line, col)
    }

    /// `name:line` of the start of a span, as in Go's tracebacks.
    pub fn line_of(&self, span: Span) -> (String, u32) {
        let f = self.file(span);
        (f.name.clone(), f.line_col(span.lo).0)
    }
}
