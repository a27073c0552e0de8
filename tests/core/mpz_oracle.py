#!/usr/bin/env python3
"""What CPython computes for the operation lines of tests/core/programs/mpz_calc.ts.

Reads the same lines on stdin and prints one result line per operation, in the format
that program uses: integers in decimal, floats as their bits in hex, bytes in hex,
exceptions by name. Conventions of the calculator (not of Python) are marked below.
"""

import struct
import sys

# MicroPython (and Pyxis) have no limit on int <-> str conversion.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(a, base):
    if a == 0:
        return "0"
    sign, a = ("-", -a) if a < 0 else ("", a)
    out = []
    while a:
        a, d = divmod(a, base)
        out.append(DIGITS[d])
    return sign + "".join(reversed(out))


def small_hash(a):
    # MicroPython's hash of an int: a modulo 2^31 in the small-int range.
    v = a & 0x7FFFFFFF
    return v - (1 << 31) if v >= (1 << 30) else v


def fits_i32(a):
    return -(1 << 31) <= a < (1 << 31)


def wrap_i32(a):
    v = a & 0xFFFFFFFF
    return v - (1 << 32) if v >= (1 << 31) else v


def compute(op, args):
    n = [int(x) for x in args] if op not in ("int", "fromfloat", "frombytes", "bytes") else None
    if op == "add": return str(n[0] + n[1])
    if op == "sub": return str(n[0] - n[1])
    if op == "mul": return str(n[0] * n[1])
    if op == "floordiv": return str(n[0] // n[1])
    if op == "mod": return str(n[0] % n[1])
    if op == "divmod":
        q, r = divmod(n[0], n[1])
        return f"{q} {r}"
    if op == "pow":
        if len(n) == 3:
            return str(pow(n[0], n[1], n[2]))
        if n[1] < 0:
            raise ValueError  # calculator convention: mpz_pow refuses, the caller makes a float
        return str(n[0] ** n[1])
    if op == "and": return str(n[0] & n[1])
    if op == "or": return str(n[0] | n[1])
    if op == "xor": return str(n[0] ^ n[1])
    if op == "cmp": return str((n[0] > n[1]) - (n[0] < n[1]))
    if op == "shl": return str(n[0] << n[1])
    if op == "shr": return str(n[0] >> n[1])
    if op == "neg": return str(-n[0])
    if op == "abs": return str(abs(n[0]))
    if op == "invert": return str(~n[0])
    if op == "bitlen": return str(n[0].bit_length())
    if op == "hash": return str(small_hash(n[0]))
    if op == "i32": return str(n[0]) if fits_i32(n[0]) else "no"
    if op == "fromi32": return str(wrap_i32(n[0]))
    if op == "fromu32": return str(n[0] & 0xFFFFFFFF)
    if op == "str": return to_base(n[0], n[1])
    if op == "float": return struct.pack(">d", float(n[0])).hex()
    if op == "int": return str(int(bytes.fromhex(args[0][1:]).decode("latin-1"), int(args[1])))
    if op == "fromfloat": return str(int(struct.unpack(">d", bytes.fromhex(args[0]))[0]))
    if op == "bytes":
        return int(args[0]).to_bytes(int(args[1]), args[2], signed=args[3] == "signed").hex()
    if op == "frombytes":
        return str(int.from_bytes(bytes.fromhex(args[0][1:]), args[1], signed=args[2] == "signed"))
    return "?"


def main():
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] in ("heap", "stress", "collections"):
            continue
        try:
            out = compute(words[0], words[1:])
        except Exception as e:  # the exception's name is the expected output
            out = type(e).__name__
        print(out)


main()
