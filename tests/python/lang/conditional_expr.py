for x in range(-2, 3):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if [] else 2)
y = (lambda: 5)() if True else 0
print(y)
