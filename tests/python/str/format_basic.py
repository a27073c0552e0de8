# str.format with positional, indexed and keyword fields
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0}{0}".format("ab"), "{{}}".format(), "{}%".format(50))
print("{:>5}|{:<5}|{:^5}|".format("ab", "cd", "ef"))
print("{:*^9}".format("mid"), "{:05}".format(42), "{!r}".format("q"))
