def a():
    x = 1
    def b():
        y = x
        def c():
            z = y
            def d():
                return x + y + z
            return d
        return c
    return b
