from array import array
print(array('i', [1, 2]) == array('i', [1, 2]))
print(array('i', [1, 2]) == array('i', [1, 3]))
print(array('i', [1, 2]) != array('i', [1]))
print(array('b', [1, -2]) == array('i', [1, -2]))
print(array('d', [0.5]) == array('f', [0.5]))
print(array('i', [1]) == [1], array('B', b'a') == b'a')
print(array('i') == array('i'))
print(2 in array('h', [1, 2]), 3 in array('h', [1, 2]), 0.5 in array('d', [0.5]))
