# range equality by sequence, membership, and negative steps
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3), range(1) == range(2))
print(4 in range(0, 10, 2), 5 in range(0, 10, 2), -4 in range(0, -10, -2))
print(len(range(10, -10, -3)), list(range(10, -10, -3)), range(5)[-1], range(0, 10, 3)[1:], range(10)[::-2])
print(list(range(-5)), list(range(-3, 3)), range(5, 1)[::-1])
for bad in ((1, 2, 0), (1.5,), ("a",)):
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
