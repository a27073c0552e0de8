# Token soup: loads gives CPython's value or CPython's error message for every input.
import json

toks = ['[', ']', '{', '}', ',', ':', '"a"', '"', '1', '-', '0', '.', 'e', '5', ' ', '\n', 'true', 'null',
        'fals', 'NaN', '-Infinity', '\\', '\\n', '\\u00e9', '\u00e9', 'x', '"k":', '2.5', '1e9', '\t']
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n

ok = 0
for i in range(300):
    s = "".join(toks[rnd(len(toks))] for _ in range(rnd(9)))
    try:
        v = json.loads(s)
        ok += 1
        print(repr(s), repr(v))
    except ValueError as e:
        print(repr(s), e)
print(ok)
