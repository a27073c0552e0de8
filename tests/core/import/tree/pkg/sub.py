print("pkg.sub", __name__)
from . import inner
from .inner import deep
name = "sub" + deep.name
