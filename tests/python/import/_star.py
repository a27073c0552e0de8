# support module for `from ... import *`: underscore names stay private
public_a = 1
public_b = "b"
_private = 3


def public_f():
    return "f"
