# Literal patterns with match, search and fullmatch.
import re

for pat, s in [("abc", "abc"), ("abc", "abcd"), ("abc", "xabc"), ("", "abc"), ("a", ""), ("hello world", "say hello world")]:
    m = re.match(pat, s)
    print(pat, s, "match", m and m.group(0))
    m = re.search(pat, s)
    print(pat, s, "search", m and m.group(0), m and m.span())
    m = re.fullmatch(pat, s)
    print(pat, s, "fullmatch", m and m.group(0))
