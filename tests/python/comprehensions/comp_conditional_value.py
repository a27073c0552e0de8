print(["even" if i % 2 == 0 else "odd" for i in range(5)])
print({i: ("big" if i > 2 else "small") for i in range(5)})
