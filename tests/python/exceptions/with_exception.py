class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return False
try:
    with CM():
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
