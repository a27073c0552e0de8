# bytearray's pop, insert, remove, del of items and slices, extended slice assignment, clear, extend
ba = bytearray(b"abcdef")
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 90)
ba.insert(-1, 89)
ba.insert(100, 88)
print(ba)
ba.remove(90)
print(ba)
try:
    ba.remove(1)
except ValueError:
    print("ValueError")
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba[::2] = b"Q"
print(ba)
try:
    ba[::2] = b"QQQ"
except ValueError:
    print("ValueError")
ba.clear()
print(ba, len(ba))
try:
    ba.pop()
except IndexError:
    print("IndexError")
ba.extend([1, 2])
ba.extend(bytearray(b"z"))
ba += bytes(ba)
print(ba, ba * 0, 2 * b"ab")
ba[1:1] = ba
print(ba)
