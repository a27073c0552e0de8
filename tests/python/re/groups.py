# Capture groups: group(), groups(), nesting, unmatched groups.
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2))
print(m.group(1, 2))
print(m.group(0, 2, 1))
print(m.groups())
m = re.match("((a)(b(c)))d", "abcd")
print(m.groups())
for i in range(5):
    print(i, m.group(i), m.span(i))
m = re.match("(a)|(b)", "b")
print(m.groups())
print(m.groups("-"))
print(m.group(1), m.span(1), m.start(1), m.end(1))
print(re.match("abc", "abc").groups())
