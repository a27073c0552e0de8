def f():
    def g():
        pass
    class K:
        pass
