# float division by zero raises ZeroDivisionError
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 5 / 0.0):
    try:
        f()
    except ZeroDivisionError:
        print("ZeroDivisionError")
