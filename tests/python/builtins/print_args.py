# print with sep, end and several arguments
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="|\n")
print()
print("x", end="")
print("y")
print(*[1, 2, 3])
print("a", "b", "c", sep=", ", end=".\n")
