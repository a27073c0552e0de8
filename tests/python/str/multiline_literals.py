# triple-quoted, raw and adjacent literals
s = """line1
line2"""
print(s, len(s))
print(r"raw\n", len(r"\n"))
print("adj" "acent", "tab\tx", "\u00e9\U0001F600", "\x41")
