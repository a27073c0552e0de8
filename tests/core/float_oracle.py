#!/usr/bin/env python3
"""CPython's answers to the lines tests/core/programs/float_text.ts reads (see its header).

repr, fmt, pct, pad and parse are CPython itself (cap and cap32 check the program's own
buffer contract and always answer "ok"): repr(x), format(x, spec), '%' % x and
float(text). repr32 and parse32 (boards with binary32 floats) follow the rule documented
in core/float_format.ts, computed here with exact rational arithmetic: float() of text is
rounded to binary32 directly from the exact decimal value (never through a double), and
repr32 tries '%.6g'..'%.9g' of the f32's exact value until the text reads back.
"""

import struct
import sys
from decimal import Decimal
from fractions import Fraction

CANONICAL_NAN64 = "7ff8000000000000"
CANONICAL_NAN32 = "7fc00000"
ASCII_SPACE = " \t\n\v\f\r"


def f64(h: str) -> float:
    return struct.unpack(">d", bytes.fromhex(h))[0]


def f32(h: str) -> float:
    return struct.unpack(">f", bytes.fromhex(h))[0]


def bits64(x: float) -> str:
    if x != x:
        return CANONICAL_NAN64
    return struct.pack(">d", x).hex()


def round_to_f32(negative: bool, a: Fraction) -> int:
    """The binary32 bits nearest to (-1)^negative * a, ties to even."""
    sign = 0x80000000 if negative else 0
    if a == 0:
        return sign
    e = a.numerator.bit_length() - a.denominator.bit_length()
    while Fraction(2) ** e > a:
        e -= 1
    while Fraction(2) ** (e + 1) <= a:
        e += 1
    u = max(e - 23, -149)
    q = a / Fraction(2) ** u
    n = q.numerator // q.denominator
    rest = q - n
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and n % 2 == 1):
        n += 1
    if n == 1 << 24:
        n >>= 1
        u += 1
    if n >= 1 << 23:
        biased = u + 150
        if biased >= 255:
            return sign | 0x7F800000
        return sign | (biased << 23) | (n - (1 << 23))
    return sign | n


def parse32(text: str) -> str:
    try:
        d = float(text)
    except ValueError:
        return "ValueError"
    if d != d:
        return CANONICAL_NAN32
    stripped = text.strip(ASCII_SPACE).replace("_", "")
    negative = stripped.startswith("-")
    if d in (float("inf"), float("-inf")):
        return "%08x" % ((0x80000000 if negative else 0) | 0x7F800000)
    if d == 0:
        return "%08x" % (0x80000000 if negative else 0)
    return "%08x" % round_to_f32(negative, abs(Fraction(Decimal(stripped))))


def repr32(h: str) -> str:
    bits = int(h, 16)
    x = f32(h)
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "-inf" if x < 0 else "inf"
    for p in range(6, 10):
        s = format(x, ".%dg" % p)
        if p == 9 or round_to_f32(s.startswith("-"), abs(Fraction(Decimal(s)))) == bits:
            break
    if "." not in s and "e" not in s:
        s += ".0"
    return s


def float_spec(typ: str, prec: str, flags: str) -> str:
    spec = ""
    if "z" in flags:
        spec += "z"
    if "#" in flags:
        spec += "#"
    if int(prec) >= 0:
        spec += "." + prec
    return spec + ("" if typ == "-" else typ)


def answer(line: str) -> str:
    cmd, _, rest = line.partition(" ")
    if cmd in ("parse", "parse32"):
        if cmd == "parse32":
            return parse32(rest)
        try:
            return bits64(float(rest))
        except ValueError:
            return "ValueError"
    args = rest.split(" ")
    if cmd in ("cap", "cap32"):
        return "ok"
    if cmd == "repr":
        return repr(f64(args[0]))
    if cmd == "repr32":
        return repr32(args[0])
    if cmd == "fmt":
        return format(f64(args[0]), float_spec(args[1], args[2], args[3]))
    if cmd == "pct":
        spec = "%" + ("#" if "#" in args[3] else "")
        if int(args[2]) >= 0:
            spec += "." + args[2]
        return (spec + args[1]) % f64(args[0])
    if cmd == "pad":
        x, typ, prec, flags, sign, align, width, fill = args
        spec = ""
        if align != "x":
            spec += chr(int(fill, 16)) + align
        spec += {"+": "+", "-": "-", "s": " ", "x": ""}[sign]
        spec += ("z" if "z" in flags else "") + ("#" if "#" in flags else "") + width
        if int(prec) >= 0:
            spec += "." + prec
        return format(f64(x), spec + ("" if typ == "-" else typ))
    raise ValueError("unknown command: " + line)


def main() -> None:
    data = sys.stdin.buffer.read().decode("latin-1")
    out = []
    for line in data.split("\n"):
        if line == "":
            continue
        out.append(answer(line))
    sys.stdout.write("".join(o + "\n" for o in out))


if __name__ == "__main__":
    main()
