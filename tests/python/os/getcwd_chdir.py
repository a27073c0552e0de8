# chdir changes where relative paths start; getcwd tells
import os, _tmpdir
start = os.getcwd()
d = _tmpdir.make()
try:
    os.chdir(d)
    print(os.getcwd().endswith(d.split("/")[-1]))
    with open("rel.txt", "w") as f:
        f.write("relative")
    print(os.listdir())
    print(os.listdir("."))
    os.chdir("..")
    os.chdir(d)
    with open(d + "/rel.txt") as f:
        print(f.read())
    try:
        os.chdir(d + "/nowhere")
    except OSError as e:
        print("missing", e.errno)
finally:
    os.chdir(start)
    _tmpdir.remove(d)
print(os.getcwd() == start)
