# iterating ranges with various steps
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
