# +, *, +=, *=, comparisons and membership
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b)
print([0] * 3, [1, 2] * 2, 2 in a, 9 not in a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2])
c = [1]
c *= 3
print(c)
