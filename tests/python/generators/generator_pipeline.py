def read(lines):
    for l in lines:
        yield l
def strip(it):
    for l in it:
        yield l.strip()
def nonempty(it):
    for l in it:
        if l:
            yield l
def numbered(it):
    n = 0
    for l in it:
        n += 1
        yield "%d: %s" % (n, l)
for out in numbered(nonempty(strip(read(["  a ", "", " b", "   ", "c  "])))):
    print(out)
