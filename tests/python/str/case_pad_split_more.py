# capitalize/title/swapcase, predicates, ljust/rjust/zfill with fills, rsplit/splitlines variants
print("hELLo wORLD".capitalize(), "hello big-world 2x".title(), "AbC d".swapcase())
print("ab1".isalnum(), "ab 1".isalnum(), "".isalpha(), "".isupper(), "A1".isupper(), "a1".islower(), "12".isupper())
print("[" + "ab".ljust(5, "*") + "]", "[" + "ab".rjust(5, "-") + "]", "[" + "é".center(4, "é") + "]", "ab".ljust(1))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3))
print("a b  c ".rsplit(None, 1), "  a b c".rsplit(maxsplit=1), "a,b,c".rsplit(",", 0), "a,,b".rsplit(",", 5))
print("x\r\ny\rz\n\n".splitlines(), "x\r\ny\rz\n".splitlines(True), "".splitlines(), "a".splitlines(keepends=True))
print("a-b-c".rpartition("-"), "é€é".partition("€"))
try:
    "ab".center(5, "xy")
except TypeError:
    print("TypeError")
try:
    "ab".partition("")
except ValueError:
    print("ValueError")
try:
    "ab".rindex("z")
except ValueError:
    print("ValueError")
