a = ...
b = x[..., 0]
c = a.b.c
d = 1..real
e = a . b
from .. import x
from ... import y
from .mod import z
