# strings built and discarded in a loop
last = ""
count = 0
for i in range(4000):
    s = "item-" + str(i) + "-" + "x" * (i % 200)
    count += len(s)
    last = s[:12]
print(count, last)
