# attribute lookup with two unrelated bases
class Left:
    side = "left"
    only_left = 1

class Right:
    side = "right"
    only_right = 2

class Both(Left, Right):
    pass

class Both2(Right, Left):
    pass

print(Both.side, Both2.side)
print(Both.only_left, Both.only_right)
