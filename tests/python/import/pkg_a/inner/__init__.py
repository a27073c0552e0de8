# support subpackage of pkg_a
INNER = True
