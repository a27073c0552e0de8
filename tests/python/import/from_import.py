# from-import of several names, with renaming
from _simple import VALUE, double as dbl, Greeter

print(VALUE, dbl(5), Greeter().greet("x"))
