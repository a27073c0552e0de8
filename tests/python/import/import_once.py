# a module body runs once however many times it is imported
import _loud
import _loud
import _loud as again
from _loud import loads

print(_loud.loads, again is _loud, loads)
