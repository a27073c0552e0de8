__debug__ = 1
import __debug__
x.__debug__ = 1
