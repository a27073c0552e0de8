# re.sub with a string replacement.
import re

print(re.sub("a", "o", "banana"))
print(re.sub("an", "", "banana"))
print(re.sub("x", "y", "abc"))
print(re.sub(r"\s+", " ", "a   b \t c\n d"))
print(re.sub("[aeiou]", "*", "programming language"))
print(re.sub("", "-", ""))
print(re.sub("^", ">", "line"))
print(re.sub("$", "<", "line"))
