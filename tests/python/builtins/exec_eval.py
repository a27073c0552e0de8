# eval and exec on small strings
print(eval("1 + 2 * 3"), eval("[x for x in range(3)]"), eval("a + 1", {"a": 10}))
ns = {}
exec("def f(n):\n    return n * 2\nr = f(21)", ns)
print(ns["r"])
