# Malformed patterns raise an exception (re.error in CPython, ValueError in MicroPython).
import re

for pat in ["(", ")", "a)", "(a", "[a", "[", "*", "+a", "?", "a**", "a+*", "[z-a]", "\\", "a{3,2}", "a|*", "(*)", "\\q", "[a-\\d]"]:
    try:
        re.compile(pat)
        print(pat, "compiled")
    except Exception:
        print(pat, "error")
