# Nested groups and quantifiers.
import re

print(re.match("((a+)(b+))+", "aabbab").groups())
print(re.match("(a(b(c(d)?)?)?)", "abc").groups())
print(re.match("((ab)*c)*", "ababcabcc").group())
print(re.match("(((((((((((a)))))))))))", "a").group(11))
print(re.match("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)", "abcdefghijkl").group(12))
print(re.match("(?:(a)|b)*", "ab").groups())
print(re.match("(a)*", "aaa").span(1))
