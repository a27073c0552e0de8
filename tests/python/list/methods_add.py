# append, extend, insert
a = [1]
a.append(2)
a.extend([3, 4])
a.extend(range(5, 7))
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
