# comparisons across numeric types, chains, identity vs equality, and unorderable pairs
print(1 == 1.0 == True, 1 < 1.5 < 2, 2**64 > 1.8e19, 2**64 == float(2**64), -1 < 0 < 1 > -5)
print(0.1 + 0.2 == 0.3, float("nan") != float("nan"), float("inf") > 2**1000, -float("inf") < -(2**1000))
print(1 == 1 + 0j, "a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a", (1, 2) < (1, 2, 3), [1] == [1.0])
print(None == None, None is None, None == 0, [] == (), {} == set(), 1 != "1", b"a" == "a")
print(2**100 + 1 > 2**100, -(2**100) < -(2**99), 10**20 == 1e20, 10**20 + 1 == 1e20, 10**20 + 1 > 1e20)
def cmp_calls(log):
    def val(v):
        log.append(v)
        return v
    return val
log = []
v = cmp_calls(log)
print(v(1) < v(0) < v(5), log)
for bad in (lambda: 1 < "a", lambda: None < 1, lambda: [1] < (1,), lambda: {1} < 1, lambda: 1j > 0):
    try:
        bad()
    except TypeError:
        print("TypeError")
