b'abc'
b'\x00\xff'
b"it's"
rb'\d'
b'a' b'b'
