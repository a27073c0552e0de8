# many short-lived lists: far more than the heap holds at once, so collection must free them
total = 0
for i in range(5000):
    row = list(range(i % 50, i % 50 + 100))
    total += row[-1] - row[0]
print(total)
