# Non-greedy `*?`, `+?` and `??`.
import re

print(re.match("a*?", "aaa").group())
print(re.match("a+?", "aaa").group())
print(re.match("a??", "aaa").group())
print(re.match("<.*?>", "<a><b>").group())
print(re.match("<.*>", "<a><b>").group())
print(re.match("(a+?)(a*)", "aaaa").groups())
print(re.match("(a*?)b", "aaab").groups())
print(re.search("x(.+?)x", "axbcxdx").group(1))
print(re.match("(a??)(a*)", "aa").groups())
