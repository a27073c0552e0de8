while x:
    pass
else:
y
