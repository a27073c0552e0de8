import struct

# Native mode (no prefix or '@') aligns each item to its size.
print(struct.pack('bhi', 1, 2, 3))
print(struct.unpack('bhi', struct.pack('bhi', 1, 2, 3)))
print(struct.pack('@bd', 1, 2.0))
print(struct.pack('hb', 1, 2), struct.pack('bbh', 1, 2, 3))
print(struct.unpack('@bq', b'\x01' + b'\x00' * 7 + b'\x02' + b'\x00' * 7))
