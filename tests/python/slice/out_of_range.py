# slice bounds are clamped, never raising
a = [1, 2, 3]
print(a[5:10], a[-10:2], a[2:1], "abc"[10:], "abc"[-10:], b"abc"[1:100], range(3)[5:])
