# an exception in a module body propagates to the importer
try:
    import _fails
except ValueError as e:
    print("ValueError", e.args)
