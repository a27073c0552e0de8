def validate(x):
    if x < 0:
        raise ValueError("negative value: %d" % x)
    return x
print(validate(3))
validate(-7)
