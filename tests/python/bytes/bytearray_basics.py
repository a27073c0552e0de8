# bytearray is a mutable bytes
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
ba[0:1] = b""
print(ba, ba[-1])
