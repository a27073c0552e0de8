# Found through MICROPYPATH (PYTHONPATH for python3).
import libmod
print(libmod.__name__)
