# conversions between big ints and strings in several bases
s = "123456789012345678901234567890"
n = int(s)
print(n, str(n) == s, int("-" + s))
print(hex(n), oct(n), bin(2 ** 70))
print(int(hex(n), 16) == n, int("f" * 30, 16))
print("%d" % n, "{:x}".format(n))
