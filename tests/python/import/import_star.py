# from module import * skips names starting with an underscore
from _star import *

print(public_a, public_b, public_f())
try:
    _private
except NameError:
    print("NameError")
