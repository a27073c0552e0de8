def run():
    last = None
    def record(v):
        nonlocal last
        last = v
    for item in ["a", "b", "c"]:
        record(item)
    return last
print(run())
