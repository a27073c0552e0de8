import math

names = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "copysign", "cos", "cosh",
         "degrees", "e", "erf", "erfc", "exp", "expm1", "fabs", "factorial", "floor", "fmod", "frexp",
         "gamma", "inf", "isclose", "isfinite", "isinf", "isnan", "ldexp", "lgamma", "log", "log10",
         "log1p", "log2", "modf", "nan", "pi", "pow", "radians", "sin", "sinh", "sqrt", "tan", "tanh",
         "tau", "trunc"]
print(all(hasattr(math, n) for n in names))
print(math.__name__, callable(math.sin), math is __import__("math"))
import math as m2
print(m2 is math)
from math import sqrt, pi
print(sqrt(pi * pi))
