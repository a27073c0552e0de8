# import pkg.sub binds the top package, with the submodule as its attribute
import pkg_a.sub

print(pkg_a.sub.f(), pkg_a.sub.LEVEL, pkg_a.NAME, pkg_a.sub.__name__)
