# import pkg.sub as name binds the submodule itself
import pkg_a.sub as sub

print(sub.f(), sub.__name__)
try:
    pkg_a
except NameError:
    print("NameError")
