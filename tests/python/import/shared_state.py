# a module is one object shared by all its importers
import _state
from _state import bump

bump()
bump()
_state.bump()
print(_state.counter)
_state.counter = 100
print(bump(), _state.counter)
