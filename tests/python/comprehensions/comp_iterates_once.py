def src():
    print("src")
    return [1, 2, 3]
print([x for x in src()])
print({x: 1 for x in src()})
