def src():
    print("src evaluated")
    return [1, 2]
g = (x for x in src())
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError:
    print("TypeError at creation")
