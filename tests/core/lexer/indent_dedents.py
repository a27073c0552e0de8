class A:
    def f(self):
        if x:
            while y:
                pass
    def g(self):
        for i in z:
            if i:
                return i
