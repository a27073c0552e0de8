words = "the quick brown fox jumps".split()
print([w.upper() for w in words if len(w) > 3])
print({w[0]: w for w in words})
print("".join(c for c in "a1b2c3" if c.isdigit()))
