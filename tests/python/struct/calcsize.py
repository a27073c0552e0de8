import struct

for f in ['<bhiq', '>bhiq', '=d', '!I', 'b', 'bh', 'bi', 'ib', 'bq', 'hd', '3s2x?', '<3s2x?', '10s', '0s', '', '<', 'x', '4h', '<4h', 'b 2h']:
    print(repr(f), struct.calcsize(f))
print(struct.calcsize(b'<hh'))
for bad in ['y', '<P', '3', 'h%']:
    try:
        struct.calcsize(bad)
    except struct.error as e:
        print(repr(bad), "struct.error", e)
