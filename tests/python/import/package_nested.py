# subpackages two levels down
import pkg_a.inner.deep
from pkg_a.inner import deep as d2
from pkg_a.inner.deep import where

print(pkg_a.inner.INNER, pkg_a.inner.deep.where(), d2 is pkg_a.inner.deep, where())
