from array import array
print(len(array('i')), len(array('i', [1, 2, 3])), len(array('d', [1.0] * 10)))
print(bool(array('b')), bool(array('b', [0])))
print(len(array('B', b'abcd')), len(array('H', b'abcd')), len(array('i', b'abcd')))
