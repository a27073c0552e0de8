# bytearray concatenation, in-place add, comparison with bytes
ba = bytearray(b"ab")
ba += b"cd"
print(ba, ba + b"!", ba == b"abcd", b"abcd" == ba, b"b" in ba)
print(list(ba), ba[::-1], ba * 2)
