# UTF-8 text: read(n) counts characters across read buffers
import _tmpdir
d = _tmpdir.make()
try:
    text = "aé€😀" * 100
    with open(d + "/u", "w", encoding="utf-8") as f:
        print(f.write(text))
    with open(d + "/u", encoding="utf-8") as f:
        print(f.read(3), f.read(5))
        rest = f.read()
        print(len(rest), rest[-4:])
    with open(d + "/u", "rb") as f:
        print(len(f.read()))
finally:
    _tmpdir.remove(d)
