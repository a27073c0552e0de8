# class attributes are shared until an instance shadows them
class Counter:
    count = 0
    tags = []

a = Counter()
b = Counter()
print(a.count, b.count, Counter.count)
a.count = 5
print(a.count, b.count, Counter.count)
Counter.count = 7
print(a.count, b.count, Counter.count)
a.tags.append("x")
print(b.tags, Counter.tags)
del a.count
print(a.count)
