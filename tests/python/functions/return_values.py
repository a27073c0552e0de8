def none():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(none(), implicit(), multi(), early(10), early(2))
