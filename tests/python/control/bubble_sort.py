def bubble(a):
    a = list(a)
    n = len(a)
    swapped = True
    while swapped:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swapped = True
        n -= 1
    return a
print(bubble([5, 2, 9, 1, 5, 6, -3]))
print(bubble("pyxis"))
