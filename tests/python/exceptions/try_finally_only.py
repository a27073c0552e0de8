def f():
    try:
        print("body")
    finally:
        print("finally")
f()
try:
    try:
        raise KeyError("x")
    finally:
        print("cleanup before propagate")
except KeyError:
    print("outer caught")
