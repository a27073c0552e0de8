# Packages, submodules, relative imports, import *, namespace packages.
import plain
import plain as again
print(plain is again, plain.x)
from plain import *
print(x)
try:
    print(_hidden)
except NameError:
    print("_hidden not imported by *")
import pkg.sub
print(pkg.sub.name, pkg.value, pkg.inner.deep.name)
import pkg.inner.deep as d
print(d.value, d.__name__)
from pkg import inner
print(inner.__name__, inner is pkg.inner)
from pkg.inner import deep
print(deep is d)
import nsdir.mod
print(nsdir.mod.__name__)
import both
import sys
print(sys.modules["pkg.sub"] is pkg.sub, "plain" in sys.modules, "nothing" in sys.modules)
print(__name__)
