# .exp: MicroPython's range holds machine words (32 bits here): an end or step beyond raises OverflowError; a slice whose stop would not fit ends one past its last item
for args in ((2**31,), (0, 2**31), (0, 10, 2**31), (-2**31 - 1, 0)):
    try:
        print(range(*args))
    except OverflowError:
        print("OverflowError", args)
print(range(-2**31, 2**31 - 1))
# a slice whose CPython stop would leave 32 bits ends one past its last item instead
print(range(0, 2**31 - 1, 2**30)[0:2], list(range(0, 2**31 - 1, 2**30)[0:2]))
