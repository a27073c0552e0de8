print("never printed")
def f():
    continue
