# center/ljust/rjust with fill characters, zfill with signs
for w in (0, 3, 6, 7, 10):
    print(w, repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "0")))
print(repr("ab".center(5)), repr("ab".center(6, ".")), repr("abc".center(6, ".")), repr("é".center(5, "ü")))
for s in ("42", "-42", "+42", "", "-", "abc", "3.14", "-0"):
    print(repr(s.zfill(5)), repr(s.zfill(1)))
for f, a in [("x".center, (5, "ab")), ("x".ljust, (5, "")), ("x".rjust, ("5",)), ("x".zfill, (1.5,))]:
    try:
        f(*a)
    except TypeError:
        print("TypeError")
