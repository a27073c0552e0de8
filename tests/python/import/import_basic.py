# importing a support module and using its names
import _simple

print(_simple.VALUE, _simple.double(21), _simple.Greeter().greet("you"))
print(_simple.__name__, type(_simple).__name__)
