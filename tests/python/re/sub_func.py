# re.sub with a function replacement.
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "a1 b22 c333"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
calls = []
def record(m):
    calls.append(m.span())
    return ""
print(re.sub("b", record, "abcbd"))
print(calls)
try:
    re.sub("a", lambda m: 1, "abc")
except TypeError:
    print("TypeError")
