# a class body runs as code: loops, conditionals and locals become attributes
class Table:
    squares = []
    for i in range(4):
        squares.append(i * i)
    if len(squares) > 3:
        big = True
    else:
        big = False
    del i

print(Table.squares, Table.big)
print(hasattr(Table, "i"))
