"""CPython's view of a Python file, for tests/core/lexer.test.ts: independent of Pyxis.

    python3 cpython_tokens.py FILE           CPython's tokens in lexer_dump's canonical form
    python3 cpython_tokens.py --error FILE   what compile() says: OK, or CLASS LINE OFFSET
    python3 cpython_tokens.py --json FILE... both, for each file, as JSON: {file: {tokens, error}}
                                             (tokens is null where CPython's tokenize fails)
    python3 cpython_tokens.py --same FILE    with a token dump of FILE on stdin: rebuild source
                                             text from the tokens, run it and FILE, and print OK
                                             when both leave the same variables (how the f-string
                                             rewriting in the .exp files is checked)

Canonical form (see tests/core/programs/lexer_dump.ts): one line per token,
"Kind line:col" or 'Kind line:col "value"' for Name, Integer, Float, String and Bytes;
in a value, bytes 0x20..0x7e other than " and \\ stand for themselves, others are \\xNN.

CPython's tokenize stream is mapped to the token stream MicroPython's lexer gives, by these
rules and no others:
- ENCODING, COMMENT and NL are dropped. MicroPython reports blank or comment lines at the
  start of a file as one NEWLINE, where the first NL is.
- Columns are 1-based and count characters, a tab advancing to the next multiple of 8 (plus
  one), as MicroPython counts them; CPython counts a tab as one.
- INDENT is reported where the indented line's first token starts (tokenize gives column 0).
- Adjacent string literals are one token whose value is the concatenation (MicroPython joins
  them in the lexer, CPython in the parser); the value is the decoded literal (ast.literal_eval).
- A number's text drops underscores, and a decimal's exponent E is written e (MicroPython's
  token text). An imaginary number is a Float (MP_TOKEN_FLOAT_OR_IMAG).
- __debug__ is the keyword True (MicroPython's lexer replaces it by its value).
f-strings are not mapped: MicroPython rewrites them in the lexer (see core/LEXER.md), so files
with f-strings are compared with a checked .exp file instead.
"""

import ast
import io
import json
import keyword
import re
import sys
import token
import tokenize

OPS = {
    "LPAR": "DelParenOpen", "RPAR": "DelParenClose", "LSQB": "DelBracketOpen", "RSQB": "DelBracketClose",
    "LBRACE": "DelBraceOpen", "RBRACE": "DelBraceClose", "COLON": "DelColon", "COMMA": "DelComma",
    "SEMI": "DelSemicolon", "DOT": "DelPeriod", "EQUAL": "DelEqual", "RARROW": "DelMinusMore",
    "ELLIPSIS": "Ellipsis", "COLONEQUAL": "OpAssign", "TILDE": "OpTilde",
    "LESS": "OpLess", "GREATER": "OpMore", "EQEQUAL": "OpDblEqual", "LESSEQUAL": "OpLessEqual",
    "GREATEREQUAL": "OpMoreEqual", "NOTEQUAL": "OpNotEqual",
    "VBAR": "OpPipe", "CIRCUMFLEX": "OpCaret", "AMPER": "OpAmpersand", "LEFTSHIFT": "OpDblLess",
    "RIGHTSHIFT": "OpDblMore", "PLUS": "OpPlus", "MINUS": "OpMinus", "STAR": "OpStar", "AT": "OpAt",
    "DOUBLESLASH": "OpDblSlash", "SLASH": "OpSlash", "PERCENT": "OpPercent", "DOUBLESTAR": "OpDblStar",
    "VBAREQUAL": "DelPipeEqual", "CIRCUMFLEXEQUAL": "DelCaretEqual", "AMPEREQUAL": "DelAmpersandEqual",
    "LEFTSHIFTEQUAL": "DelDblLessEqual", "RIGHTSHIFTEQUAL": "DelDblMoreEqual", "PLUSEQUAL": "DelPlusEqual",
    "MINEQUAL": "DelMinusEqual", "STAREQUAL": "DelStarEqual", "ATEQUAL": "DelAtEqual",
    "DOUBLESLASHEQUAL": "DelDblSlashEqual", "SLASHEQUAL": "DelSlashEqual", "PERCENTEQUAL": "DelPercentEqual",
    "DOUBLESTAREQUAL": "DelDblStarEqual",
}


def escape(value: bytes) -> str:
    return "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02x" % b for b in value)


class Mapper:
    def __init__(self, source: bytes):
        self.lines = source.decode("utf-8-sig").split("\n")
        self.out = []
        self.strings = []  # pending adjacent string literals: (start, token text)
        self.started = False

    def column(self, row: int, col: int) -> int:
        text = self.lines[row - 1] if row - 1 < len(self.lines) else ""
        return len(text[:col].expandtabs(8)) + 1

    def emit(self, kind: str, start, value=None):
        row, col = start
        line = "%s %d:%d" % (kind, row, self.column(row, col))
        if value is not None:
            line += ' "%s"' % escape(value)
        self.out.append(line)

    def flush_strings(self):
        if not self.strings:
            return
        start = self.strings[0][0]
        values = []
        for _, text in self.strings:
            prefix = text[: len(text) - len(text.lstrip("rRbBuUfF"))]
            if "f" in prefix.lower():
                raise SystemExit("cpython_tokens: f-string at %d:%d: compare with a .exp file" % start)
            values.append(ast.literal_eval(text))
        self.strings = []
        if isinstance(values[0], bytes):
            self.emit("Bytes", start, b"".join(values))
        else:
            self.emit("String", start, "".join(values).encode("utf-8", "surrogatepass"))

    def token(self, tok):
        kind = tokenize.tok_name[tok.type]
        if kind in ("ENCODING", "COMMENT"):
            return
        if kind == "NL":
            if not self.started:
                self.started = True
                self.emit("Newline", tok.start)
            return
        self.started = True
        if kind == "STRING":
            self.strings.append((tok.start, tok.string))
            return
        self.flush_strings()
        if kind == "NAME":
            if tok.string == "__debug__":
                self.emit("KwTrue", tok.start)
            elif keyword.iskeyword(tok.string):
                self.emit("Kw" + tok.string[0].upper() + tok.string[1:], tok.start)
            else:
                self.emit("Name", tok.start, tok.string.encode("utf-8"))
        elif kind == "NUMBER":
            self.number(tok)
        elif kind == "OP":
            self.emit(OPS[tokenize.tok_name[tok.exact_type]], tok.start)
        elif kind == "NEWLINE":
            self.emit("Newline", tok.start)
        elif kind == "INDENT":
            self.emit("Indent", tok.end)
        elif kind == "DEDENT":
            self.emit("Dedent", tok.start)
        elif kind == "ENDMARKER":
            self.emit("End", tok.start)
        else:
            raise SystemExit("cpython_tokens: unexpected %s %r at %d:%d" % ((kind, tok.string) + tok.start))

    def number(self, tok):
        text = tok.string.replace("_", "")
        radix = text[:2].lower() in ("0x", "0o", "0b")
        if not radix:
            text = text.replace("E", "e")
        is_float = not radix and any(c in text for c in ".ejJ")
        self.emit("Float" if is_float else "Integer", tok.start, text.encode("ascii"))


def tokens(path: str) -> str:
    with open(path, "rb") as f:
        source = f.read()
    mapper = Mapper(source)
    for tok in tokenize.tokenize(io.BytesIO(source).readline):
        mapper.token(tok)
    return "".join(line + "\n" for line in mapper.out)


def compile_error(path: str) -> str:
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        return "%s %s %s" % (type(e).__name__, e.lineno, e.offset)
    except ValueError as e:
        return "ValueError None None"
    return "OK"


TEXT = {OPS[token.tok_name[t]]: text for text, t in token.EXACT_TOKEN_TYPES.items() if token.tok_name[t] in OPS}
DUMP_LINE = re.compile(r'^(\w+) (\d+):(\d+)(?: "(.*)")?$')


def unescape(text: str) -> bytes:
    return re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), text.encode("ascii"))


def rebuild(dump: str) -> str:
    """Source text with the tokens of a dump, one logical line per NEWLINE."""
    lines, words, level = [], [], 0
    for row in dump.splitlines():
        m = DUMP_LINE.match(row)
        if m is None:
            raise SystemExit("cpython_tokens: not a token: %r" % row)
        kind, value = m.group(1), None if m.group(4) is None else unescape(m.group(4))
        if kind == "Newline":
            if words:
                lines.append("    " * level + " ".join(words))
            words = []
        elif kind == "Indent":
            level += 1
        elif kind == "Dedent":
            level -= 1
        elif kind == "End":
            break
        elif kind == "String":
            words.append(repr(value.decode("utf-8", "surrogatepass")))
        elif kind == "Bytes":
            words.append(repr(value))
        elif kind in ("Name", "Integer", "Float"):
            words.append(value.decode("utf-8"))
        elif kind.startswith("Kw"):
            word = kind[2:]
            words.append(word if word in ("False", "None", "True") else word.lower())
        else:
            words.append(TEXT[kind])
    return "".join(line + "\n" for line in lines)


def same_effect(path: str, dump: str) -> str:
    with open(path, "rb") as f:
        original = f.read()
    rebuilt = rebuild(dump)
    results = []
    for name, source in ((path, original), ("<rebuilt from tokens>", rebuilt)):
        scope = {}
        exec(compile(source, name, "exec"), scope)
        results.append({k: v for k, v in scope.items() if k != "__builtins__"})
    if results[0] == results[1]:
        return "OK"
    return "DIFFERENT\n%s\n%r\n%r" % (rebuilt, results[0], results[1])


if __name__ == "__main__":
    import warnings

    warnings.simplefilter("ignore")
    if sys.argv[1] == "--error":
        print(compile_error(sys.argv[2]))
    elif sys.argv[1] == "--json":
        report = {}
        for path in sys.argv[2:]:
            try:
                toks = tokens(path)
            except (Exception, SystemExit):
                toks = None
            report[path] = {"tokens": toks, "error": compile_error(path)}
        json.dump(report, sys.stdout)
    elif sys.argv[1] == "--same":
        print(same_effect(sys.argv[2], sys.stdin.read()))
    else:
        sys.stdout.write(tokens(sys.argv[1]))
