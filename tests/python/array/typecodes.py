# Every typecode MicroPython has, with values that fit (l and L stay within 32 bits: they
# are 4 bytes on MicroPython's ports, 8 in CPython on a 64-bit host).
from array import array
print(array('b', [-128, 0, 127]))
print(array('B', [0, 255]))
print(array('h', [-32768, 32767]))
print(array('H', [0, 65535]))
print(array('i', [-2147483648, 2147483647]))
print(array('I', [0, 4294967295]))
print(array('l', [-2147483648, 2147483647]))
print(array('L', [0, 4294967295]))
print(array('q', [-9223372036854775808, 9223372036854775807]))
print(array('Q', [0, 18446744073709551615]))
print(array('f', [0.5, -2.25, 1e10]))
print(array('d', [0.1, -1e300, 3]))
for code in "bBhHiIqQfd":
    a = array(code, [1, 2])
    print(code, a[0] + a[1], type(a[0]).__name__)
