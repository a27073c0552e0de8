# Patterns from real programs.
import re

line = "2024-01-15 12:30:45 ERROR [net] connection lost (code=104)"
m = re.match(r"(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+) (\w+) \[(\w+)\] (.*)", line)
print(m.groups())
print(re.search(r"code=(\d+)", line).group(1))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
for s in ["user@example.com", "a.b+c@d-e.org", "bad@", "@bad.com"]:
    print(s, email.fullmatch(s) is not None)
print(re.split(r"\s*,\s*", "x , y,z ,  w"))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", "ip 10.0.0.1 end"))
kv = dict(re.match(r"(\w+)=(\w*)", p).groups() for p in "a=1 b= c=xyz".split())
print(sorted(kv.items()))
print(re.sub(r"^\s+|\s+$", "", "   trim me   "))
