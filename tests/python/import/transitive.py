# a module importing another module
import _uses_other

print(_uses_other.quadruple(3), _uses_other._simple.VALUE)
