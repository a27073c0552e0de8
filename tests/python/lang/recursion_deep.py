# gcstress heapsize: 256K
# (a thousand frames do not fit the 64 KiB heap gcstress mode uses by default)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(50))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError:
    print("caught deep recursion")
print(down(30))
