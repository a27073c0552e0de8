# A tokenizer for a small language using a state machine and generators.
KEYWORDS = ("if", "else", "while", "def", "return")
def tokens(src):
    i, line = 0, 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c in " \t":
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield (line, "KW" if word in KEYWORDS else "ID", word)
            i = j
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield (line, "NUM", float(text) if "." in text else int(text))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 1
            if j >= n:
                raise ValueError("unterminated string on line %d" % line)
            yield (line, "STR", src[i + 1:j])
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            yield (line, "OP", src[i:i + 2])
            i += 2
        else:
            yield (line, "OP", c)
            i += 1

prog = '''def f(x_1):
    # comment
    if x_1 >= 10.5 return "big"
    else return x_1 * 2
'''
for t in tokens(prog):
    print(t)
try:
    list(tokens('x = "open'))
except ValueError as e:
    print(e)
