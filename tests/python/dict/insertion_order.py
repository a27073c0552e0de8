# dicts keep insertion order; re-assigning keeps position; delete+insert moves to end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d.items()))
del d["zeta"]
d["zeta"] = 9
print(list(d.keys()), list(d.values()))
