# objects kept alive across heavy churn keep their contents
keep = []
for i in range(3000):
    garbage = [i] * 60
    if i % 300 == 0:
        keep.append((i, str(i) * 3, [i, i + 1]))
import gc
gc.collect()
print(len(keep))
for entry in keep[:4]:
    print(entry)
print(keep[-1])
