# from pkg import submodule, and from pkg.sub import name
from pkg_a import sub
from pkg_a.sub import f, LEVEL

print(sub.f(), f(), LEVEL)
