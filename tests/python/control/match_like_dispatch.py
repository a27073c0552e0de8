def dispatch(cmd, *args):
    handlers = {
        "add": lambda a, b: a + b,
        "neg": lambda a: -a,
        "cat": lambda *s: "".join(s),
    }
    h = handlers.get(cmd)
    if h is None:
        return "unknown " + cmd
    return h(*args)
print(dispatch("add", 1, 2), dispatch("neg", 5), dispatch("cat", "a", "b", "c"), dispatch("x"))
