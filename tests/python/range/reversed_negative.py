# reversed() and negative steps
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(range(-1, -6, -2)))
