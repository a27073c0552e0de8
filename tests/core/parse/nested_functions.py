def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
