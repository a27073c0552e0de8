# __exit__ returning True suppresses the exception
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__, ev.args)
        return True

with Suppress():
    raise KeyError("k")
print("after")

def f():
    with Suppress():
        raise RuntimeError(1)
    return "returned"

print(f())
