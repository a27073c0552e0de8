# importing a module that does not exist raises ImportError
try:
    import _no_such_module_here
except ImportError:
    print("ImportError")
try:
    from _no_such_module_here import x
except ImportError:
    print("ImportError")
