# (?:...) groups without capturing.
import re

m = re.match("(?:ab)+(c)", "ababc")
print(m.group(), m.groups())
print(re.match("(?:a|b)*", "abbac").group())
print(re.match("x(?:y(z))?", "xyz").groups())
print(re.match("x(?:y(z))?", "x").groups())
