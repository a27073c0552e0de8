# \b and \B.
import re

print(re.search(r"\bcat\b", "concat cat catalog").span())
print(re.search(r"\Bcat", "concat cat").span())
print(re.search(r"cat\B", "cat catalog").span())
print(re.search(r"\b", "").__class__.__name__ if re.search(r"\b", "") else None)
print(re.search(r"\B", "ab").span())
print(re.split(r"\b", "ab cd"))
