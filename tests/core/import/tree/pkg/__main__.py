print("pkg main", __name__)
from . import value
print("value", value)
