# int division by zero raises ZeroDivisionError
for op in ("/", "//", "%"):
    try:
        if op == "/":
            1 / 0
        elif op == "//":
            1 // 0
        else:
            1 % 0
    except ZeroDivisionError:
        print(op, "ZeroDivisionError")
try:
    divmod(5, 0)
except ZeroDivisionError:
    print("divmod ZeroDivisionError")
