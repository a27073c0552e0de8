class A(B):
    x = 1
    def f(self):
        return self.x
    class Inner:
        pass
