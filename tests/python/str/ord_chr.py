# ord and chr round trip, including non-ASCII
print(ord("A"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(233), chr(8364), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError")
