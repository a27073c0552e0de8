# .args of exceptions with zero, one and several arguments
for e in (ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), OSError("no"), Exception(None)):
    print(type(e).__name__, e.args, len(e.args))
