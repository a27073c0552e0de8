// The token kinds: the contract between the lexer (core/lexer.ts) and the parser, in the
// order of MicroPython's mp_token_kind_t (py/lexer.h), so that the comparison and binary
// operator groups line up with the runtime's operator numbering as they do there.

/** Token kinds, in the order of MicroPython's mp_token_kind_t (py/lexer.h). */
export const enum Tok {
  End,

  // Errors: lex_error() says what. SyntaxError unless noted.
  ErrorInvalid,
  /** IndentationError. */
  ErrorDedentMismatch,
  /** A string literal without its closing quote(s) (MP_TOKEN_LONELY_STRING_OPEN). */
  ErrorUnterminated,
  ErrorFstring,
  /** IndentationError: more than CPython's 100 levels. */
  ErrorIndentDepth,
  /** \N{...}: MicroPython raises NotImplementedError("unicode name escapes"). */
  ErrorUnicodeName,
  /** The heap could not hold the token: the caller raises MemoryError. */
  ErrorMemory,

  Newline,
  Indent,
  Dedent,

  Name,
  Integer,
  /** MP_TOKEN_FLOAT_OR_IMAG: a float, or an imaginary number (ends in j or J). */
  Float,
  String,
  Bytes,

  Ellipsis,

  KwFalse,
  KwNone,
  KwTrue,
  /** In the keyword table only: __debug__ is lexed as KwTrue (KwFalse when optimising). */
  KwDebug,
  KwAnd,
  KwAs,
  KwAssert,
  KwAsync,
  KwAwait,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield,

  /** := */
  OpAssign,
  OpTilde,

  // In the order of the comparison binary ops.
  OpLess,
  OpMore,
  OpDblEqual,
  OpLessEqual,
  OpMoreEqual,
  OpNotEqual,

  // In the order of the binary ops, then of their augmented assignments.
  OpPipe,
  OpCaret,
  OpAmpersand,
  OpDblLess,
  OpDblMore,
  OpPlus,
  OpMinus,
  OpStar,
  OpAt,
  OpDblSlash,
  OpSlash,
  OpPercent,
  OpDblStar,

  DelPipeEqual,
  DelCaretEqual,
  DelAmpersandEqual,
  DelDblLessEqual,
  DelDblMoreEqual,
  DelPlusEqual,
  DelMinusEqual,
  DelStarEqual,
  DelAtEqual,
  DelDblSlashEqual,
  DelSlashEqual,
  DelPercentEqual,
  DelDblStarEqual,

  DelParenOpen,
  DelParenClose,
  DelBracketOpen,
  DelBracketClose,
  DelBraceOpen,
  DelBraceClose,
  DelComma,
  DelColon,
  DelPeriod,
  DelSemicolon,
  DelEqual,
  /** -> */
  DelMinusMore,
}
