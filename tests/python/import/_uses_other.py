# support module that itself imports another support module
import _simple

def quadruple(n):
    return _simple.double(_simple.double(n))
