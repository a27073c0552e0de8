# importing a package runs its __init__
import pkg_a

print(pkg_a.NAME, pkg_a.init_runs, pkg_a.__name__)
