def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find("hello", "l"), find("hello", "z"))
