# relative imports inside a package
import pkg_b
from pkg_b import sibling

print(pkg_b.TOTAL, pkg_b.helper.h(), pkg_b.helper_g(), sibling.twice_h())
