# Deep Python recursion runs stacklessly; unbounded recursion is a RuntimeError.

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError:", e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))
print(depth(100))
