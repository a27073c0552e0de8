# re.split with groups in the pattern: the groups are kept in the result.
import re

print(re.split("(,)", "a,b,c"))
print(re.split(r"(\d)(x)?", "a1b2xc"))
print(re.split("(-)|(\\+)", "1-2+3"))
print(re.split("((a)b)", "xabyabz"))
