print("pkg.inner.deep", __name__)
from .. import value
name = "deep"
