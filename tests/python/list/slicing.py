# slice reading with steps and out-of-range bounds
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])
