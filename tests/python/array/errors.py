from array import array
for bad in ("z", "ii", ""):
    try:
        array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    array(5)
except TypeError:
    print("TypeError int")
try:
    array('i', "abc")
except TypeError:
    print("TypeError str")
try:
    array('i', [1.5])
except TypeError:
    print("TypeError float item")
try:
    array('d', ["x"])
except TypeError:
    print("TypeError str item")
try:
    array('h', b'abc')
except ValueError:
    print("ValueError length")
try:
    hash(array('i'))
except TypeError:
    print("TypeError hash")
a = array('i', [1])
try:
    a.append("x")
except TypeError:
    pass
print(a)
