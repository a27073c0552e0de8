# every operation on a closed stream raises ValueError; close twice is fine
import io
s = io.StringIO("abc")
s.close()
s.close()
for op in (lambda: s.read(), lambda: s.write("x"), lambda: s.getvalue(), lambda: s.seek(0), lambda: s.tell(), lambda: s.readline()):
    try:
        op()
        print("no error")
    except ValueError:
        print("ValueError")
