class A:
    class B:
        def m(self):
            return B
