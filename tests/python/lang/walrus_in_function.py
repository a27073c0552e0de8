def f(items):
    if any((hit := i) > 3 for i in items):
        return hit
    return None
print(f([1, 2, 5, 7]))
print(f([1]))
