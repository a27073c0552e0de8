print("never printed")
nonlocal x
x = 1
