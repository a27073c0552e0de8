# splitlines with every line boundary MicroPython knows, with keepends
texts = ["a\nb\r\nc\rd", "x\n\ny\n", "", "\n", "no newline", "\r\n\r\n", "end\r"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
print("a\n\nb".splitlines(False), "tail\n".splitlines(keepends=False))
