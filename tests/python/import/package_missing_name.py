# from package import a name that is neither an attribute nor a submodule
try:
    from pkg_a import nothing_here
except ImportError:
    print("ImportError")
try:
    import pkg_a.no_such_sub
except ImportError:
    print("ImportError")
