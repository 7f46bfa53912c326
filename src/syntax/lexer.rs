//! The lexer: logos recognises Go's tokens; hand-written callbacks scan the
//! parts whose errors Go words precisely (numbers, strings, runes, comments);
//! [`lex`] then applies Go's automatic semicolon insertion and yields the
//! `(start, Tok, end)` triples the lalrpop parser consumes.
//!
//! Lexical errors never stop lexing: they become [`Diagnostic`]s with the
//! compiler's wording and the token is still produced, so the parser can go on.

use logos::Logos;

use super::ast::{BinaryOp, Span};
use super::token::{SemiKind, Tok, keyword};
use crate::diag::Diagnostic;

/// A lexical problem found inside a callback: byte offset and message.
#[derive(Clone, Debug, Default)]
pub struct Problems {
    pub list: Vec<(usize, String)>,
    /// An unterminated raw string or block comment ran to the end of input.
    pub open_at_eof: bool,
}

/// Raw tokens as logos sees them, before semicolon insertion.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(extras = Problems)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", logos::skip, allow_greedy = true)]
    LineComment,
    /// Becomes `Newline` if the comment spans lines, else it is skipped.
    #[token("/*", block_comment)]
    BlockComment,

    #[regex(r"[a-zA-Z_]", identifier)]
    Ident,
    /// A non-ASCII character: the start of an identifier or invalid.
    #[regex(r"[^\x00-\x7F]", non_ascii)]
    NonAscii,

    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Int,
    Float,
    Imag,
    #[token("'", rune_lit)]
    Rune,
    #[token("\"", interpreted_string)]
    #[token("`", raw_string)]
    Str,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

type Lx<'s> = logos::Lexer<'s, Raw>;

/// The result of lexing one source text.
pub struct Lexed {
    pub tokens: Vec<(usize, Tok, usize)>,
    pub errors: Vec<Diagnostic>,
    /// An unterminated raw string or block comment reached the end: more
    /// input could complete it (the REPL asks for a continuation line).
    pub open_at_eof: bool,
}

/// Lex `text` (file index `file`) into tokens with Go's automatic semicolons.
pub fn lex(file: u32, text: &str) -> Lexed {
    let mut lx = Raw::lexer(text);
    let mut tokens: Vec<(usize, Tok, usize)> = Vec::new();
    let mut errors = Vec::new();
    while let Some(next) = lx.next() {
        let range = lx.span();
        match next {
            Ok(Raw::Newline) => insert_semicolon(&mut tokens, range.start, SemiKind::Newline),
            Ok(raw) => tokens.push((range.start, convert(raw, lx.slice()), range.end)),
            Err(()) => {
                let c = text[range.start..].chars().next().unwrap_or('\0');
                errors.push(invalid_character(file, range.start, c));
            }
        }
    }
    insert_semicolon(&mut tokens, text.len(), SemiKind::Eof);
    let problems = std::mem::take(&mut lx.extras);
    for (at, msg) in problems.list {
        errors.push(Diagnostic::new(Span::new(file, at, at + 1), msg));
    }
    errors.sort_by_key(|d| d.span.lo);
    Lexed {
        tokens,
        errors,
        open_at_eof: problems.open_at_eof,
    }
}

/// Push an automatic `;` at `at` if the previous token ends a statement.
fn insert_semicolon(tokens: &mut Vec<(usize, Tok, usize)>, at: usize, kind: SemiKind) {
    if tokens.last().is_some_and(|(_, t, _)| t.ends_statement()) {
        tokens.push((at, Tok::Semi(kind), at + 1));
    }
}

fn invalid_character(file: u32, at: usize, c: char) -> Diagnostic {
    let msg = if c.is_control() || c.is_whitespace() {
        format!("invalid character U+{:04X}", c as u32)
    } else {
        format!("invalid character U+{:04X} '{c}'", c as u32)
    };
    Diagnostic::new(Span::new(file, at, at + c.len_utf8()), msg)
}

fn convert(raw: Raw, text: &str) -> Tok {
    let s = || text.to_string();
    match raw {
        Raw::Ident | Raw::NonAscii => keyword(text).unwrap_or_else(|| Tok::Ident(s())),
        Raw::Int => Tok::Int(s()),
        Raw::Float => Tok::Float(s()),
        Raw::Imag => Tok::Imag(s()),
        Raw::Rune => Tok::Rune(s()),
        // Carriage returns are not part of a raw string's value (Go spec).
        Raw::Str if text.starts_with('`') => Tok::Str(text.replace('\r', "")),
        Raw::Str => Tok::Str(s()),
        Raw::Add => Tok::Add,
        Raw::Sub => Tok::Sub,
        Raw::Mul => Tok::Mul,
        Raw::Quo => Tok::Quo,
        Raw::Rem => Tok::Rem,
        Raw::And => Tok::And,
        Raw::Or => Tok::Or,
        Raw::Xor => Tok::Xor,
        Raw::Shl => Tok::Shl,
        Raw::Shr => Tok::Shr,
        Raw::AndNot => Tok::AndNot,
        Raw::AddAssign => Tok::OpAssign(BinaryOp::Add),
        Raw::SubAssign => Tok::OpAssign(BinaryOp::Sub),
        Raw::MulAssign => Tok::OpAssign(BinaryOp::Mul),
        Raw::QuoAssign => Tok::OpAssign(BinaryOp::Div),
        Raw::RemAssign => Tok::OpAssign(BinaryOp::Rem),
        Raw::AndAssign => Tok::OpAssign(BinaryOp::And),
        Raw::OrAssign => Tok::OpAssign(BinaryOp::Or),
        Raw::XorAssign => Tok::OpAssign(BinaryOp::Xor),
        Raw::ShlAssign => Tok::OpAssign(BinaryOp::Shl),
        Raw::ShrAssign => Tok::OpAssign(BinaryOp::Shr),
        Raw::AndNotAssign => Tok::OpAssign(BinaryOp::AndNot),
        Raw::LAnd => Tok::LAnd,
        Raw::LOr => Tok::LOr,
        Raw::Arrow => Tok::Arrow,
        Raw::Inc => Tok::Inc,
        Raw::Dec => Tok::Dec,
        Raw::Eql => Tok::Eql,
        Raw::Lss => Tok::Lss,
        Raw::Gtr => Tok::Gtr,
        Raw::Assign => Tok::Assign,
        Raw::Not => Tok::Not,
        Raw::Tilde => Tok::Tilde,
        Raw::Neq => Tok::Neq,
        Raw::Leq => Tok::Leq,
        Raw::Geq => Tok::Geq,
        Raw::Define => Tok::Define,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::LParen => Tok::LParen,
        Raw::LBrack => Tok::LBrack,
        Raw::LBrace => Tok::LBrace,
        Raw::Comma => Tok::Comma,
        Raw::Period => Tok::Period,
        Raw::RParen => Tok::RParen,
        Raw::RBrack => Tok::RBrack,
        Raw::RBrace => Tok::RBrace,
        Raw::Semi => Tok::Semi(SemiKind::Explicit),
        Raw::Colon => Tok::Colon,
        // Newlines are handled by `lex`; comments are skipped or become newlines.
        Raw::Newline | Raw::LineComment | Raw::BlockComment => Tok::Semi(SemiKind::Newline),
    }
}

// ---------------------------------------------------------------------------
// Callbacks. Each starts after logos matched the first character(s), scans
// the rest by hand and `bump`s past it.

fn report(lx: &mut Lx, at: usize, msg: impl Into<String>) {
    lx.extras.list.push((at, msg.into()));
}

/// Go letters and digits (Unicode), as allowed in identifiers.
fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn identifier(lx: &mut Lx) {
    let len: usize = lx
        .remainder()
        .chars()
        .take_while(|&c| is_ident_char(c))
        .map(char::len_utf8)
        .sum();
    lx.bump(len);
}

fn non_ascii(lx: &mut Lx) -> logos::Filter<()> {
    let start = lx.span().start;
    // The regex matched exactly one char; logos guarantees it is non-empty.
    let c = lx.slice().chars().next().unwrap_or('\0');
    if c.is_alphabetic() {
        identifier(lx);
        return logos::Filter::Emit(());
    }
    if c != '\u{FEFF}' || start != 0 {
        let msg = format!("invalid character U+{:04X} '{c}' in identifier", c as u32);
        let msg = if c.is_alphanumeric() {
            msg
        } else {
            format!("invalid character U+{:04X} '{c}'", c as u32)
        };
        report(lx, start, msg);
    }
    logos::Filter::Skip
}

fn block_comment(lx: &mut Lx) -> logos::Filter<Raw> {
    let rest = lx.remainder();
    let (body_len, consumed) = match rest.find("*/") {
        Some(i) => (i, i + 2),
        None => {
            let at = lx.span().start;
            report(lx, at, "comment not terminated");
            lx.extras.open_at_eof = true;
            (rest.len(), rest.len())
        }
    };
    let has_newline = rest[..body_len].contains('\n');
    lx.bump(consumed);
    if has_newline {
        logos::Filter::Emit(Raw::Newline)
    } else {
        logos::Filter::Skip
    }
}

fn raw_string(lx: &mut Lx) {
    let rest = lx.remainder();
    match rest.find('`') {
        Some(i) => lx.bump(i + 1),
        None => {
            let at = lx.span().start;
            let len = rest.len();
            report(lx, at, "string not terminated");
            lx.extras.open_at_eof = true;
            lx.bump(len);
        }
    }
}

fn interpreted_string(lx: &mut Lx) {
    let start = lx.span().start;
    let rest = lx.remainder();
    let mut chars = rest.char_indices().peekable();
    let mut problems = Vec::new();
    let consumed = loop {
        match chars.next() {
            Some((i, '"')) => break i + 1,
            Some((_, '\\')) => {
                if let Some(p) = scan_escape(&mut chars, '"', start + 1) {
                    problems.push(p);
                }
            }
            Some((i, '\n')) => {
                problems.push((start + 1 + i, "newline in string".to_string()));
                break i;
            }
            Some(_) => {}
            None => {
                problems.push((start, "string literal not terminated".to_string()));
                break rest.len();
            }
        }
    };
    lx.extras.list.extend(problems);
    lx.bump(consumed);
}

fn rune_lit(lx: &mut Lx) {
    let start = lx.span().start;
    let rest = lx.remainder();
    let mut chars = rest.char_indices().peekable();
    let mut problem: Option<(usize, String)> = None;
    let mut n = 0;
    let consumed = loop {
        match chars.next() {
            Some((i, '\'')) => {
                if problem.is_none() && n == 0 {
                    problem = Some((
                        start + 1 + i,
                        "empty rune literal or unescaped ' in rune literal".into(),
                    ));
                } else if problem.is_none() && n != 1 {
                    problem = Some((start, "more than one character in rune literal".into()));
                }
                break i + 1;
            }
            Some((_, '\\')) => {
                let p = scan_escape(&mut chars, '\'', start + 1);
                if problem.is_none() {
                    problem = p;
                }
            }
            Some((i, '\n')) => {
                if problem.is_none() {
                    problem = Some((start + 1 + i, "newline in rune literal".into()));
                }
                break i;
            }
            Some(_) => {}
            None => {
                if problem.is_none() {
                    problem = Some((start, "rune literal not terminated".into()));
                }
                break rest.len();
            }
        }
        n += 1;
    };
    lx.extras.list.extend(problem);
    lx.bump(consumed);
}

type CharIter<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Scan the escape after a backslash. `base` is the absolute offset of the
/// literal body (index 0 of `chars`); problems are reported where Go reports
/// them: at the character after the backslash, or at a bad digit.
fn scan_escape(chars: &mut CharIter, quote: char, base: usize) -> Option<(usize, String)> {
    let (first, c) = *chars.peek()?; // end of input: the caller reports it
    let at = base + first;
    let (digits, radix, max): (usize, u32, u32) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
            chars.next();
            return None;
        }
        c if c == quote => {
            chars.next();
            return None;
        }
        '0'..='7' => (3, 8, 255),
        'x' => (2, 16, 255),
        'u' => (4, 16, 0x10FFFF),
        'U' => (8, 16, 0x10FFFF),
        _ => return Some((at, "unknown escape".to_string())),
    };
    if radix == 16 {
        chars.next();
    }
    let mut value: u32 = 0;
    for _ in 0..digits {
        let (i, d) = *chars.peek()?;
        let Some(v) = d.to_digit(radix) else {
            let name = if radix == 8 { "octal" } else { "hexadecimal" };
            return Some((
                base + i,
                format!("invalid character {d:?} in {name} escape"),
            ));
        };
        value = value.saturating_mul(radix).saturating_add(v);
        chars.next();
    }
    if value > max && radix == 8 {
        return Some((at, format!("octal escape value {value} > 255")));
    }
    if value > max || (0xD800..0xE000).contains(&value) {
        return Some((
            at,
            format!("escape is invalid Unicode code point U+{value:04X}"),
        ));
    }
    None
}

/// Go's number scanner: consumes a numeric literal starting at the match and
/// reports malformed ones with the compiler's messages.
fn number(lx: &mut Lx) -> Raw {
    let start = lx.span().start;
    let text = &lx.source()[start..];
    let scan = scan_number(text.as_bytes());
    let already = lx.slice().len();
    lx.bump(scan.len - already);
    if let Some((offset, msg)) = scan.problem {
        report(lx, start + offset, msg);
    }
    scan.kind
}

struct NumberScan {
    len: usize,
    kind: Raw,
    problem: Option<(usize, String)>,
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// A port of `cmd/compile/internal/syntax.scanner.number`.
fn scan_number(s: &[u8]) -> NumberScan {
    let mut i = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut kind = Raw::Int;
    let mut base = 10;
    let mut prefix = 0u8;
    let mut digsep = 0;
    let mut invalid: Option<usize> = None;
    let mut problem: Option<(usize, String)> = None;
    let mut seen_point = at(0) == b'.';

    if !seen_point {
        if at(0) == b'0' {
            i = 1;
            match at(1).to_ascii_lowercase() {
                b'x' => (i, base, prefix) = (2, 16, b'x'),
                b'o' => (i, base, prefix) = (2, 8, b'o'),
                b'b' => (i, base, prefix) = (2, 2, b'b'),
                _ => (base, prefix, digsep) = (8, b'0', 1),
            }
        }
        digsep |= scan_digits(s, &mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                problem = Some((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
            }
            i += 1;
            seen_point = true;
        }
    } else {
        i = 1;
    }
    if seen_point {
        kind = Raw::Float;
        digsep |= scan_digits(s, &mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && problem.is_none() {
        problem = Some((i, format!("{} literal has no digits", base_name(base))));
    }
    let e = at(i).to_ascii_lowercase();
    if e == b'e' || e == b'p' {
        if problem.is_none() {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                problem = Some((
                    i,
                    format!("'{}' exponent requires decimal mantissa", at(i) as char),
                ));
            } else if e == b'p' && prefix != b'x' {
                problem = Some((
                    i,
                    format!("'{}' exponent requires hexadecimal mantissa", at(i) as char),
                ));
            }
        }
        i += 1;
        kind = Raw::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let exp = scan_digits(s, &mut i, 10, &mut none);
        digsep = exp | (digsep & 2);
        if exp & 1 == 0 && problem.is_none() {
            problem = Some((i, "exponent has no digits".to_string()));
        }
    } else if prefix == b'x' && kind == Raw::Float && problem.is_none() {
        problem = Some((
            i,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ));
    }
    if at(i) == b'i' {
        kind = Raw::Imag;
        i += 1;
    }
    if let (Raw::Int, Some(bad), None) = (kind, invalid, &problem) {
        problem = Some((
            bad,
            format!(
                "invalid digit '{}' in {} literal",
                s[bad] as char,
                base_name(base)
            ),
        ));
    }
    if digsep & 2 != 0
        && problem.is_none()
        && let Some(bad) = invalid_separator(&s[..i])
    {
        problem = Some((bad, "'_' must separate successive digits".to_string()));
    }
    NumberScan {
        len: i,
        kind,
        problem,
    }
}

/// Consume digits (and `_`) of `base`; bit 0 of the result: a digit was
/// seen, bit 1: a `_` was seen. Records the first digit too big for a base
/// up to 10 in `invalid`.
fn scan_digits(s: &[u8], i: &mut usize, base: u32, invalid: &mut Option<usize>) -> u32 {
    let mut digsep = 0;
    while let Some(&c) = s.get(*i) {
        let is_digit = if base <= 10 {
            c.is_ascii_digit()
        } else {
            c.is_ascii_hexdigit()
        };
        if c == b'_' {
            digsep |= 2;
        } else if is_digit {
            if base <= 10 && (c - b'0') as u32 >= base && invalid.is_none() {
                *invalid = Some(*i);
            }
            digsep |= 1;
        } else {
            break;
        }
        *i += 1;
    }
    digsep
}

/// Index of the first `_` that does not separate two digits, as Go checks.
fn invalid_separator(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(x.len() - 1) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        lex(0, src).tokens.into_iter().map(|(_, t, _)| t).collect()
    }

    fn errs(src: &str) -> Vec<String> {
        lex(0, src).errors.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn semicolons_are_inserted() {
        use Tok::*;
        assert_eq!(
            toks("x++\nreturn\n}\n"),
            vec![
                Ident("x".into()),
                Inc,
                Semi(SemiKind::Newline),
                Return,
                Semi(SemiKind::Newline),
                RBrace,
                Semi(SemiKind::Newline)
            ]
        );
        assert_eq!(
            toks("a /* x\n */ b"),
            vec![
                Ident("a".into()),
                Semi(SemiKind::Newline),
                Ident("b".into()),
                Semi(SemiKind::Eof)
            ]
        );
        assert_eq!(
            toks("a /* x */ b"),
            vec![Ident("a".into()), Ident("b".into()), Semi(SemiKind::Eof)]
        );
        assert_eq!(toks("f(\n"), vec![Ident("f".into()), LParen]);
    }

    #[test]
    fn numbers() {
        use Tok::*;
        let t = toks("0x1F 0o17 017 0b101 1_000 1.5 .5 1. 1e10 0x1p-2 3i 0x_1F 1.5e+3i");
        let expect = vec![
            Int("0x1F".into()),
            Int("0o17".into()),
            Int("017".into()),
            Int("0b101".into()),
            Int("1_000".into()),
            Float("1.5".into()),
            Float(".5".into()),
            Float("1.".into()),
            Float("1e10".into()),
            Float("0x1p-2".into()),
            Imag("3i".into()),
            Int("0x_1F".into()),
            Imag("1.5e+3i".into()),
            Semi(SemiKind::Eof),
        ];
        assert_eq!(t, expect);
        assert_eq!(errs("0x"), vec!["hexadecimal literal has no digits"]);
        assert_eq!(errs("08"), vec!["invalid digit '8' in octal literal"]);
        assert_eq!(errs("1_"), vec!["'_' must separate successive digits"]);
        assert_eq!(
            errs("0x1.5"),
            vec!["hexadecimal mantissa requires a 'p' exponent"]
        );
        assert_eq!(errs("1e"), vec!["exponent has no digits"]);
        assert!(errs("08.5").is_empty());
    }

    #[test]
    fn strings_and_runes() {
        use Tok::*;
        assert_eq!(
            toks(r#"'a' '\n' '\x41' '\u00e9' '\U0001F600' '\101' '\'' '\\' "a\tb\"" "#),
            vec![
                Rune("'a'".into()),
                Rune(r"'\n'".into()),
                Rune(r"'\x41'".into()),
                Rune(r"'\u00e9'".into()),
                Rune(r"'\U0001F600'".into()),
                Rune(r"'\101'".into()),
                Rune(r"'\''".into()),
                Rune(r"'\\'".into()),
                Str(r#""a\tb\"""#.into()),
                Semi(SemiKind::Eof),
            ]
        );
        assert_eq!(
            toks("`a\nb`"),
            vec![Str("`a\nb`".into()), Semi(SemiKind::Eof)]
        );
        assert_eq!(
            toks("`a\r\nb`"),
            vec![Str("`a\nb`".into()), Semi(SemiKind::Eof)]
        );
        assert_eq!(errs("\"abc\n"), vec!["newline in string"]);
        assert_eq!(errs("\"abc"), vec!["string literal not terminated"]);
        assert_eq!(errs(r#""a\qb""#), vec!["unknown escape"]);
        assert_eq!(errs("`abc"), vec!["string not terminated"]);
        assert_eq!(
            errs("'ab'"),
            vec!["more than one character in rune literal"]
        );
        assert_eq!(
            errs("''"),
            vec!["empty rune literal or unescaped ' in rune literal"]
        );
        assert_eq!(errs("/* abc"), vec!["comment not terminated"]);
        assert_eq!(errs("x := @"), vec!["invalid character U+0040 '@'"]);
    }

    #[test]
    fn unicode_identifiers_and_keywords() {
        use Tok::*;
        assert_eq!(
            toks("héllo 日本 breakä func"),
            vec![
                Ident("héllo".into()),
                Ident("日本".into()),
                Ident("breakä".into()),
                Func,
            ]
        );
    }
}
