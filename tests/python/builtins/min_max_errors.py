# min/max argument errors
for f in (lambda: max(), lambda: max(1), lambda: min(1, "a")):
    try:
        f()
    except TypeError:
        print("TypeError")
