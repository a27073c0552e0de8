# bytes patterns on bytes and bytearray subjects.
import re

m = re.match(rb"(\w+)=(\d+)", b"key=42;")
print(m.group(), m.groups(), m.span(2))
print(re.search(b"[0-9]+", b"abc123").group())
print(re.match(b".", b"\xff").group())
print(re.match(b"[\x80-\xff]+", b"\x80\x90\xffA").group())
print(re.fullmatch(b"a+", bytearray(b"aaa")).group())
print(re.split(b",", b"a,b"))
print(re.sub(b"a", b"o", b"banana"))
print(re.sub(rb"(a)", rb"<\1>", b"bad"))
print(re.sub(b"a", lambda m: m.group().upper(), b"banana"))
print(re.compile(b"x").pattern)
