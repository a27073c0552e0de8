# gc.collect() runs and leaves live objects intact
import gc

data = [list(range(i)) for i in range(20)]
keep = {"a": data, "b": "text" * 3}
gc.collect()
gc.collect()
print(len(keep["a"]), sum(len(x) for x in data), keep["b"], data[19][-1])
