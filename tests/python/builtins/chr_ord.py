# chr and ord across the code space
for cp in (0, 65, 127, 128, 255, 256, 2047, 2048, 65535, 65536, 1114111):
    print(cp, ord(chr(cp)) == cp, len(chr(cp)), len(chr(cp).encode()))
try:
    chr(1114112)
except ValueError:
    print("ValueError")
