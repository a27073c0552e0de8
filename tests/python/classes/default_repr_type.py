# default str/repr mention the class name (addresses differ, so only check a prefix)
class Thing:
    pass

r = repr(Thing())
print(r.startswith("<"), "Thing object at" in r)
print(str(Thing()).startswith("<"))
