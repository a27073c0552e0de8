class C:
    ys = [(z := 1) for x in range(3)]
