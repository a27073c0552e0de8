# startswith/endswith with strings and a start offset
s = "filename.py"
print(s.startswith("file"), s.startswith("name"), s.endswith(".py"), s.endswith(".txt"))
print(s.startswith("name", 4), s.startswith("x"), "".startswith(""), "".endswith(""))
