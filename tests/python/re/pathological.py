# Patterns that make a backtracking matcher take exponential time, and loops over empty
# matches: they must finish.
import re

s = "a" * 16
print(re.match("(a*)*b", s))
print(re.match("(a|aa)*c", s))
print(re.match("(a+)+$", s + "!"))
print(re.match("(a*)*", s).span())
print(re.match("(a?){16}a{16}", s).span())
print(re.fullmatch("(x*)*y?", "xxxx").group())
print(re.match("(a|b|)+c", "ababc").group())
