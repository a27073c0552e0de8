# Match objects are true and carry the subject.
import re

m = re.search("b", "abc")
print(bool(m), m.string)
if re.match("x", "abc"):
    print("wrong")
else:
    print("no match is None:", re.match("x", "abc") is None)
print(m.group(), m.group(0))
print(type(m).__name__, type(re.compile("a")).__name__)
