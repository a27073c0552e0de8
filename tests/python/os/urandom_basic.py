# urandom gives bytes of the length asked
import os
b = os.urandom(16)
print(type(b).__name__, len(b))
print(len(os.urandom(0)))
print(os.urandom(1000) != os.urandom(1000))
try:
    os.urandom(-1)
except ValueError:
    print("ValueError")
