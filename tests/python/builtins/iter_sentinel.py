# two-argument iter(callable, sentinel)
vals = [3, 2, 1, 0, 5]

def take():
    return vals.pop(0)

print(list(iter(take, 0)), vals)
