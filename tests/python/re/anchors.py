# ^ and $ (no MULTILINE): start of the subject, end or before a final newline.
import re

print(re.search("^abc", "abc").span())
print(re.search("^abc", "xabc"))
print(re.search("abc$", "xabc").span())
print(re.search("abc$", "abcx"))
print(re.search("abc$", "abc\n").span())
print(re.search("^$", "").span())
print(re.search("a$", "a\n\n"))
print(re.match("^a|b$", "b") is not None)
print(re.search("^a|b$", "xb").span())
print(re.search(r"\Aab", "ab").span())
print(re.search(r"ab\Z", "ab\n"))
print(re.search(r"ab\Z", "ab").span())
