def outer():
    x = "early"
    def show():
        return x
    x = "late"
    return show
print(outer()())
