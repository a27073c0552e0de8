try:
    1 / 0
except ZeroDivisionError:
    print("div")
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__)
try:
    {}["k"]
except LookupError:
    print("lookup")
try:
    int("x")
except Exception as e:
    print("Exception", type(e).__name__)
