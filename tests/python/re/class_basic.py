# Character classes: sets and ranges.
import re

for s in ["a", "b", "c", "d", "-", "A"]:
    print(s, re.match("[abc]", s) is not None, re.match("[a-c]", s) is not None, re.match("[^a-c]", s) is not None)
print(re.match("[a-zA-Z_][a-zA-Z0-9_]*", "var_1 = 3").group())
print(re.match("[0-9a-fA-F]+", "DeadBeef!").group())
print(re.match("[-a]+", "-a-b").group())
print(re.match("[a-]+", "a--b").group())
print(re.match("[]a]+", "]a]b").group())
print(re.match("[^]a]+", "xyz]").group())
print(re.match("[.*+]+", ".*+?").group())
