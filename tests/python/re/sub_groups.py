# Group references in the replacement: \1 and \g<1>.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"))
print(re.sub(r"(\d+)", r"\g<1>0", "a1b22"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"(x)", r"\\1", "axb"))
print(re.sub(r"(x)", r"\n", "axb") == "a\nb")
print(re.sub(r"(x)", "\\g<0>\\g<0>", "axb"))
print(re.sub(r"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", r"\11\10", "abcdefghijk"))
