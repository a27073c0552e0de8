# Counted repetition {m}, {m,}, {,n}, {m,n} and lazy forms.
import re

for pat in ["a{2}", "a{2,}", "a{,2}", "a{1,3}", "a{0}", "a{0,1}", "a{2,3}?", "a{2,}?", "(ab){2}"]:
    for s in ["", "a", "aa", "aaaa", "ababab"]:
        m = re.match(pat, s)
        print(pat, repr(s), m and m.group())
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234").group())
print(re.fullmatch(r"\d{3}-\d{4}", "55-1234"))
print(re.match("a{", "a{").group())
print(re.match("a{x}", "a{x}").group())
print(re.match("a{1,x}", "a{1,x}").group())
print(re.match("(a|b){3}", "abba").groups())
