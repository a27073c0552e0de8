# dicts and tuples built and discarded in a loop
acc = 0
for i in range(1500):
    d = {"k" + str(j): (j, i) for j in range(20)}
    acc += d["k19"][0] + len(d)
print(acc)
