# __import__: the function behind the import statement, called directly.
import sys

m = __import__("sys")
print(m is sys)
print(__import__("builtins").len("abc"))

print(type(__import__("gc")).__name__)

try:
    __import__("no_such_module_here")
except ImportError as e:
    print("ImportError")

try:
    __import__(42)
except TypeError:
    print("TypeError")

try:
    __import__("")
except ValueError:
    print("ValueError")
