# support package using relative imports of its own modules
from . import helper
from .helper import g as helper_g

TOTAL = helper.h() + helper_g()
