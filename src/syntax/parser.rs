//! The parser's public API: Go source files and REPL input to AST.
//!
//! Lexing (with automatic semicolons) happens first, then the lalrpop parser
//! generated from `grammar/go.lalrpop` runs over the tokens. This module also
//! turns lalrpop's errors into Go-worded syntax errors and splits REPL input
//! into items.

use super::actions::{Ctx, Parsed};
use super::ast::{self, NodeIdGen, Span};
use super::lexer::{self, Lexed};
use super::source::SourceMap;
use super::token::{SemiKind, Tok};
use crate::diag::Diagnostic;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    go,
    "/go.rs"
);

type Triple = (usize, Tok, usize);
type LalrError = lalrpop_util::ParseError<usize, Tok, ()>;

/// One item typed at the REPL, in input order.
#[derive(Clone, Debug)]
pub enum ReplItem {
    Import(ast::ImportSpec),
    Decl(ast::Decl),
    Stmt(ast::Stmt),
}

/// Parse file `file` of `sources`. Errors: lexical errors, errors found
/// while building the tree, and syntax errors, in source order.
pub fn parse_file(
    sources: &SourceMap,
    file: u32,
    ids: &mut NodeIdGen,
) -> Result<ast::File, Vec<Diagnostic>> {
    match parse_file_recovering(sources, file, ids) {
        (Some(f), errors) if errors.is_empty() => Ok(f),
        (_, errors) => Err(errors),
    }
}

/// Parse file `file` of `sources` as Go's parser does: the tree (unless the
/// parser could not recover) and all errors, in source order. Go goes on to
/// type-check a file whose errors are all non-syntax errors (see
/// `Diagnostic::is_syntax_error`); the tree then has Go's repairs (`go f`
/// is taken as `go f()`, extra range variables are dropped).
pub fn parse_file_recovering(
    sources: &SourceMap,
    file: u32,
    ids: &mut NodeIdGen,
) -> (Option<ast::File>, Vec<Diagnostic>) {
    let text = &sources.files[file as usize].text;
    let lexed = lexer::lex(file, text);
    let lex_errors = lexed.errors;
    let mut errors = lex_errors.clone();
    let outcome = run_parser(file, text, Tok::StartFile, &lexed.tokens, &lex_errors, ids);
    if !outcome.errors.iter().any(Diagnostic::is_syntax_error) {
        errors.extend(outcome.errors);
        return match outcome.result {
            Ok(Parsed::File(f)) => (Some(f), sorted(errors)),
            _ => (None, sorted(errors)),
        };
    }
    // Syntax errors: Go's parser recovers and goes on at the next
    // declaration, so an error in one function does not hide one in the
    // next. Each top-level declaration is parsed on its own, so that a
    // recovery that went wrong inside one cannot spill into the others.
    // The tree has the declarations that parsed (a syntax error stops the
    // build before type checking all the same).
    let chunks = top_level_chunks(text, &lexed.tokens);
    let mut tree: Option<ast::File> = None;
    for (i, chunk) in chunks.iter().enumerate() {
        let start = if i == 0 {
            Tok::StartFile
        } else {
            Tok::StartDecls
        };
        let outcome = parse_chunk(file, text, start, chunk, &lex_errors, ids);
        errors.extend(outcome.errors);
        match (outcome.result, &mut tree) {
            (Ok(Parsed::File(f)), None) => tree = Some(f),
            (Ok(Parsed::Decls(decls)), Some(f)) => f.decls.extend(decls),
            _ => {}
        }
    }
    (tree, sorted(errors))
}

/// Parse one top-level chunk of a file with syntax errors. A missing comma
/// or closing bracket in a composite literal or argument list is recovered
/// from as Go's `list` does: the tokens up to the next closing bracket are
/// skipped, and if that bracket closes the list, parsing goes on after it.
/// lalrpop cannot skip to a bracket (its recovery syncs at statements), so
/// the chunk is parsed again without the skipped tokens.
fn parse_chunk(
    file: u32,
    text: &str,
    start: Tok,
    chunk: &[Triple],
    lex_errors: &[Diagnostic],
    ids: &mut NodeIdGen,
) -> Outcome {
    let mut tokens = chunk.to_vec();
    let mut errors: Vec<Diagnostic> = Vec::new();
    // Errors up to this offset are known from an earlier round.
    let mut known_until: Option<u32> = None;
    for _ in 0..crate::diag::MAX_ERRORS {
        let mut outcome = run_parser(file, text, start.clone(), &tokens, lex_errors, ids);
        outcome
            .errors
            .retain(|d| known_until.is_none_or(|k| d.span.lo > k));
        outcome.errors.sort_by_key(|d| d.span.lo);
        let list_error = outcome.errors.iter().position(|d| {
            d.is_syntax_error()
                && (d.message.ends_with("possibly missing comma or }")
                    || d.message.ends_with("possibly missing comma or )"))
        });
        let Some(k) = list_error else {
            errors.append(&mut outcome.errors);
            outcome.errors = errors;
            return outcome;
        };
        let e = outcome.errors[k].clone();
        let close = if e.message.ends_with('}') {
            Tok::RBrace
        } else {
            Tok::RParen
        };
        let skip_from = tokens.iter().position(|t| t.0 as u32 >= e.span.lo);
        let skip_to = skip_from.and_then(|i| {
            (i..tokens.len())
                .find(|&j| matches!(tokens[j].1, Tok::RParen | Tok::RBrack | Tok::RBrace))
        });
        errors.extend(outcome.errors.drain(..=k));
        match (skip_from, skip_to) {
            (Some(i), Some(j)) if tokens[j].1 == close => {
                tokens.drain(i..j);
                known_until = Some(e.span.lo);
            }
            _ => {
                // Go gives up on the list here too; what follows would be
                // follow-on errors.
                outcome.errors = errors;
                return outcome;
            }
        }
    }
    let mut outcome = run_parser(file, text, start, &tokens, lex_errors, ids);
    outcome
        .errors
        .retain(|d| known_until.is_none_or(|k| d.span.lo > k));
    errors.append(&mut outcome.errors);
    outcome.errors = errors;
    outcome
}

/// Split a file's tokens before each top-level `func`, `var`, `const` and
/// `type` that starts a line at column 1 (as gofmt writes them; nested
/// declarations are indented), for parsing declaration by declaration.
fn top_level_chunks<'t>(text: &str, tokens: &'t [Triple]) -> Vec<&'t [Triple]> {
    let mut chunks = Vec::new();
    let mut begin = 0;
    for i in 1..tokens.len() {
        let (at, tok, _) = &tokens[i];
        let starts_decl = matches!(tok, Tok::Func | Tok::Var | Tok::Const | Tok::Type)
            && matches!(tokens[i - 1].1, Tok::Semi(_))
            && text.as_bytes().get(at.wrapping_sub(1)) == Some(&b'\n');
        if starts_decl {
            chunks.push(&tokens[begin..i]);
            begin = i;
        }
    }
    chunks.push(&tokens[begin..]);
    chunks
}

/// For the REPL: a sequence of top-level declarations (func/type/var/const/
/// import) and statements, separated by semicolons/newlines, in order.
///
/// Each item is parsed on its own. An item starting with `func` is a
/// function or method declaration; if that fails and it reads `func (`, it
/// is tried as a statement (a function literal called on the spot).
pub fn parse_repl(
    sources: &SourceMap,
    file: u32,
    ids: &mut NodeIdGen,
) -> Result<Vec<ReplItem>, Vec<Diagnostic>> {
    let text = &sources.files[file as usize].text;
    let lexed = lexer::lex(file, text);
    let mut errors = lexed.errors.clone();
    let mut items = Vec::new();
    for chunk in repl_chunks(&lexed.tokens) {
        match parse_repl_item(file, text, chunk, ids) {
            Ok(parsed) => items.extend(parsed),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(items)
    } else {
        Err(sorted(errors))
    }
}

/// For the REPL's continuation prompt: true if the input is incomplete
/// (unbalanced brackets, unterminated raw string/comment, or a syntax error
/// at EOF that more input could fix).
pub fn is_incomplete(text: &str) -> bool {
    let lexed: Lexed = lexer::lex(0, text);
    if lexed.open_at_eof || bracket_depth(&lexed.tokens) > 0 {
        return true;
    }
    let mut ids = NodeIdGen::default();
    let chunks = repl_chunks(&lexed.tokens);
    let Some(last) = chunks.last() else {
        return false;
    };
    let start = start_token(last);
    let outcome = run_parser(0, text, start, last, &[], &mut ids);
    let at_eof = |e: &LalrError| {
        matches!(
            e,
            LalrError::UnrecognizedEof { .. }
                | LalrError::UnrecognizedToken {
                    token: (_, Tok::Semi(SemiKind::Eof), _),
                    ..
                }
        )
    };
    outcome.result.as_ref().err().is_some_and(at_eof) || outcome.recovered.iter().any(at_eof)
}

// ---------------------------------------------------------------------------
// Running the generated parser

struct Outcome {
    result: Result<Parsed, LalrError>,
    /// Errors reported by grammar actions, and syntax errors the grammar
    /// recovered from, in Go's words.
    errors: Vec<Diagnostic>,
    /// The recovered syntax errors as lalrpop reported them.
    recovered: Vec<LalrError>,
}

fn run_parser(
    file: u32,
    text: &str,
    start: Tok,
    tokens: &[Triple],
    lex_errors: &[Diagnostic],
    ids: &mut NodeIdGen,
) -> Outcome {
    let bad = lex_errors.iter().map(|d| d.span.lo as usize).collect();
    let ctx = Ctx::new(file, text, std::mem::take(ids), bad);
    let first = tokens.first().map_or(0, |t| t.0);
    let input = std::iter::once((first, start, first))
        .chain(tokens.iter().cloned())
        .map(Ok::<Triple, ()>);
    let result = go::StartParser::new().parse(&ctx, input);
    let (ids_after, mut errors, recovered) = ctx.finish();
    *ids = ids_after;
    // Recovered errors in order, up to one whose recovery skipped unbalanced
    // brackets (`names := []string{"a" <newline> }`: the statement was
    // dropped from the `{` on, so its `}` would be taken as the end of the
    // function): what follows in this parse would be follow-on errors Go,
    // which skips differently, does not report.
    let mut cut = None;
    for (e, lo, hi) in &recovered {
        let d = syntax_error(file, text, tokens, e.clone());
        let at = d.span.lo;
        errors.push(d);
        if !balanced(tokens, *lo, *hi) {
            cut = Some(at);
            break;
        }
    }
    match (&result, cut) {
        (_, Some(at)) => errors.retain(|d| d.span.lo <= at),
        (Err(e), None) => errors.push(syntax_error(file, text, tokens, e.clone())),
        (Ok(_), None) => {}
    }
    Outcome {
        result,
        errors,
        recovered: recovered.into_iter().map(|r| r.0).collect(),
    }
}

fn start_token(chunk: &[Triple]) -> Tok {
    match chunk.first().map(|t| &t.1) {
        Some(Tok::Import) => Tok::StartImport,
        Some(Tok::Const | Tok::Var | Tok::Type | Tok::Func) => Tok::StartDecl,
        _ => Tok::StartStmt,
    }
}

fn parse_repl_item(
    file: u32,
    text: &str,
    chunk: &[Triple],
    ids: &mut NodeIdGen,
) -> Result<Vec<ReplItem>, Vec<Diagnostic>> {
    let start = start_token(chunk);
    let before = ids.clone();
    let mut outcome = run_parser(file, text, start.clone(), chunk, &[], ids);
    let func_paren = matches!(chunk, [(_, Tok::Func, _), (_, Tok::LParen, _), ..]);
    if (outcome.result.is_err() || !outcome.errors.is_empty()) && func_paren {
        let mut retry_ids = before;
        let retry = run_parser(file, text, Tok::StartStmt, chunk, &[], &mut retry_ids);
        if retry.result.is_ok() && retry.errors.is_empty() {
            *ids = retry_ids;
            outcome = retry;
        }
    }
    let errors = outcome.errors;
    match outcome.result {
        Ok(parsed) if errors.is_empty() => Ok(match parsed {
            Parsed::Imports(specs) => specs.into_iter().map(ReplItem::Import).collect(),
            Parsed::Decl(d) => vec![ReplItem::Decl(d)],
            Parsed::Stmt(s) => vec![ReplItem::Stmt(s)],
            Parsed::File(_) | Parsed::Decls(_) => vec![],
        }),
        Ok(_) | Err(_) => Err(errors),
    }
}

/// Split REPL tokens at semicolons outside brackets; drops the semicolons.
/// The semicolons of an `if`/`for`/`switch` header (`for i := 0; i < n;
/// i++ {`) are not split points: the header lasts until its block's `{`.
fn repl_chunks(tokens: &[Triple]) -> Vec<&[Triple]> {
    let mut chunks = Vec::new();
    let mut depth = 0i32;
    let mut begin = 0;
    let mut in_header = false;
    for (i, (_, tok, _)) in tokens.iter().enumerate() {
        match tok {
            Tok::If | Tok::For | Tok::Switch if depth <= 0 => in_header = true,
            Tok::LBrace if depth <= 0 && in_header => {
                in_header = false;
                depth += 1;
            }
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            Tok::Semi(SemiKind::Explicit) if depth <= 0 && in_header => {}
            Tok::Semi(_) if depth <= 0 => {
                if i > begin {
                    chunks.push(&tokens[begin..i]);
                }
                begin = i + 1;
            }
            _ => {}
        }
    }
    if tokens.len() > begin {
        chunks.push(&tokens[begin..]);
    }
    chunks
}

fn bracket_depth(tokens: &[Triple]) -> i32 {
    tokens.iter().fold(0, |depth, (_, tok, _)| match tok {
        Tok::LParen | Tok::LBrack | Tok::LBrace => depth + 1,
        Tok::RParen | Tok::RBrack | Tok::RBrace => depth - 1,
        _ => depth,
    })
}

/// The tokens in `lo..hi` open and close brackets in pairs.
fn balanced(tokens: &[Triple], lo: usize, hi: usize) -> bool {
    let mut depth = 0i32;
    for (_, tok, _) in tokens.iter().filter(|t| t.0 >= lo && t.0 < hi) {
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

fn sorted(mut errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    errors.sort_by_key(|d| (d.span.file, d.span.lo));
    errors.dedup();
    errors
}

// ---------------------------------------------------------------------------
// Syntax error messages in Go's words

/// Turn a lalrpop error into `syntax error: unexpected X[, expected Y]`.
fn syntax_error(file: u32, text: &str, tokens: &[Triple], err: LalrError) -> Diagnostic {
    let (lo, hi, tok, expected) = match err {
        LalrError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => (lo, hi, Some(tok), expected),
        LalrError::UnrecognizedEof { expected, .. } => (text.len(), text.len(), None, expected),
        LalrError::ExtraToken {
            token: (lo, tok, hi),
        } => (lo, hi, Some(tok), vec![]),
        LalrError::InvalidToken { location } => (location, location, None, vec![]),
        LalrError::User { .. } => (0, 0, None, vec![]),
    };
    let expected: Vec<String> = expected
        .iter()
        .map(|e| e.trim_matches('"').to_string())
        .collect();
    let index = tokens
        .iter()
        .position(|t| t.0 == lo && Some(&t.1) == tok.as_ref());
    let previous = index
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| tokens.get(i));

    // `if x` + newline + `{`: the newline ended the header.
    if let (Some(Tok::LBrace), Some((plo, Tok::Semi(SemiKind::Newline), phi))) = (&tok, previous)
        && let Some(clause) = header_keyword(tokens, index.unwrap_or(0))
    {
        let msg = format!("syntax error: unexpected newline, expected {{ after {clause} clause");
        return Diagnostic::new(Span::new(file, *plo, *phi), msg);
    }
    let found = tok.as_ref().map_or("EOF".to_string(), Tok::describe);
    // A function's `{` on the line after its signature: Go's parser names
    // the automatic semicolon when the declaration before is a bodiless func.
    if let (Some(Tok::LBrace), Some(i)) = (&tok, index)
        && follows_bodiless_func(&tokens[..i])
    {
        let msg = "syntax error: unexpected semicolon or newline before {";
        return Diagnostic::new(Span::new(file, lo, hi.max(lo + 1)), msg);
    }
    let after_else = matches!(previous, Some((_, Tok::Else, _)));
    let header = header_keyword(tokens, index.unwrap_or(tokens.len()));
    let message = match (expected.as_slice(), header) {
        ([only], Some(clause)) if only == "{" => {
            format!("syntax error: unexpected {found}, expected {{ after {clause} clause")
        }
        _ => describe_expected(&found, &expected, after_else)
            .unwrap_or_else(|| format!("syntax error: unexpected {found}")),
    };
    Diagnostic::new(Span::new(file, lo, hi.max(lo + 1)), message)
}

fn describe_expected(found: &str, expected: &[String], after_else: bool) -> Option<String> {
    let has = |s: &str| expected.iter().any(|e| e == s);
    // lalrpop lists the tokens valid in the state where the parse stopped,
    // after reductions: an argument list offers `...`, a literal `:`.
    let msg = if expected == ["package"] {
        "syntax error: package statement must be first".to_string()
    } else if has("func") && has("const") && !has("if") && !has("name") {
        "syntax error: non-declaration statement outside function body".to_string()
    } else if after_else && has("if") && has("{") {
        "syntax error: else must be followed by if or statement block".to_string()
    } else if has(",") && has(")") && has("...") {
        format!("syntax error: unexpected {found} in argument list; possibly missing comma or )")
    } else if has(",") && has("}") && !has(";") && !has(")") {
        format!(
            "syntax error: unexpected {found} in composite literal; possibly missing comma or }}"
        )
    } else if has(",") && has(")") && !has(";") {
        format!("syntax error: unexpected {found} in parameter list; possibly missing comma or )")
    } else if has("case") && has("default") && has("}") && !has("if") {
        format!("syntax error: unexpected {found}, expected case or default or }}")
    } else if has("}") && has("if") && has("for") {
        format!("syntax error: unexpected {found}, expected }}")
    } else if has(":=") && has("=") && has(",") && !has(";") {
        format!("syntax error: unexpected {found}, expected := or = or comma")
    } else if has(";") && has("}") && has("string") {
        format!(
            "syntax error: unexpected {found} in struct type; possibly missing semicolon or newline or }}"
        )
    } else if has(";") && has("}") && !has("if") && found != "semicolon" {
        format!("syntax error: unexpected {found} at end of statement")
    } else if has("name") && has("int") && has("(") && !has("}") && !has(";") {
        format!("syntax error: unexpected {found}, expected expression")
    } else if let [only] = expected {
        format!(
            "syntax error: unexpected {found}, expected {}",
            token_name(only)
        )
    } else {
        return None;
    };
    Some(msg)
}

/// How Go names an expected token.
fn token_name(terminal: &str) -> &str {
    match terminal {
        "," => "comma",
        ";" => "semicolon or newline",
        other => other,
    }
}

/// `before` ends with `func name(...) results ;` at the top level: a
/// function declaration without a body (go's `isEmptyFuncDecl`).
fn follows_bodiless_func(before: &[Triple]) -> bool {
    let Some(((_, Tok::Semi(_), _), rest)) = before.split_last() else {
        return false;
    };
    let mut depth = 0i32;
    for (i, (_, tok, _)) in rest.iter().enumerate().rev() {
        match tok {
            Tok::RParen | Tok::RBrack => depth += 1,
            Tok::LParen | Tok::LBrack => depth -= 1,
            Tok::RBrace | Tok::LBrace if depth == 0 => return false,
            Tok::Semi(_) if depth == 0 => return false,
            Tok::Func if depth == 0 => {
                return i == 0 || matches!(rest[i - 1].1, Tok::Semi(_) | Tok::StartFile);
            }
            _ => {}
        }
    }
    false
}

/// The `if`/`for`/`switch` whose header contains token `index`, if any:
/// the nearest such keyword before it with no statement boundary between.
fn header_keyword(tokens: &[Triple], index: usize) -> Option<&'static str> {
    let mut depth = 0i32;
    for (_, tok, _) in tokens[..index.min(tokens.len())].iter().rev() {
        match tok {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack => depth -= 1,
            Tok::LBrace if depth == 0 => return None,
            Tok::LBrace => depth -= 1,
            Tok::If if depth == 0 => return Some("if"),
            Tok::For if depth == 0 => return Some("for"),
            Tok::Switch if depth == 0 => return Some("switch"),
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    None
}
