# iterating bytes yields ints
total = 0
for v in b"\x01\x02\x03\xff":
    total += v
print(total, [x for x in b"AZ"], sum(bytearray(b"\x10\x20")))
