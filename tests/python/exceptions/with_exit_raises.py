class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Bad():
        print("body")
except RuntimeError as e:
    print("caught", e)
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print("replaced", e, type(e.__context__).__name__)
