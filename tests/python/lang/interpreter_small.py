# A small stack-machine interpreter with a tokenizer and a recursive-descent parser.
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        else:
            toks.append(("op", c))
            i += 1
    return toks

class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self, code):
        self.term(code)
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            self.term(code)
            code.append(("add",) if op == "+" else ("sub",))
    def term(self, code):
        self.atom(code)
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            self.atom(code)
            code.append(("mul",) if op == "*" else ("div",))
    def atom(self, code):
        kind, val = self.take()
        if kind == "num":
            code.append(("push", val))
        elif kind == "name":
            code.append(("load", val))
        elif val == "(":
            self.expr(code)
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
        else:
            raise SyntaxError("unexpected " + str(val))

def run(code, env):
    stack = []
    for ins in code:
        op = ins[0]
        if op == "push":
            stack.append(ins[1])
        elif op == "load":
            stack.append(env[ins[1]])
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b}[op])
    return stack.pop()

env = {"x": 6, "y": 7}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 2", "100 / (x - 1)", "2 * (3 + (4 - 1)) * y"]:
    p = Parser(tokenize(src))
    code = []
    p.expr(code)
    print(src, "=", run(code, env), len(code))
for bad in ["(1 + 2", "* 3"]:
    try:
        p = Parser(tokenize(bad))
        p.expr([])
    except SyntaxError as e:
        print("error:", e)
