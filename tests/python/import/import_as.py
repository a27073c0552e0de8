# import ... as binds another name only
import _simple as s

print(s.VALUE, s.double(4))
try:
    _simple
except NameError:
    print("NameError")
