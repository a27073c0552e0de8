# Escaped metacharacters and control-character escapes.
import re

print(re.match(r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", ".*+?()[]{}|^$\\").group())
print(re.match(r"a\tb", "a\tb") is not None)
print(re.match(r"a\nb", "a\nb") is not None)
print(re.match(r"\x41\x62", "Ab").group())
print(re.match("a\\-b", "a-b").group())
print(re.match(r"\r\f\v", "\r\f\v") is not None)
print(re.match(r"[\t\n]+", "\t\n\tx").group() == "\t\n\t")
print(re.match(r"\/", "/").group())
