# mixing str with other types raises TypeError
for f in (lambda: "a" + 1, lambda: "a" * "b", lambda: "a" < 1, lambda: "abc".find(1)):
    try:
        f()
    except TypeError:
        print("TypeError")
print("a" == 1, "1" != 1)
