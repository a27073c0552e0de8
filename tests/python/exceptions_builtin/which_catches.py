# which except clauses catch which built-in errors
def trigger(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    if kind == "attr":
        return (1).nope
    if kind == "name":
        return undefined_name

for kind in ("zero", "key", "index", "type", "value", "attr", "name"):
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except Exception as e:
        print(kind, "Exception", type(e).__name__)
