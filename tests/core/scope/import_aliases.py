def f():
    import os.path
    import sys as s
    from a import b, c as d
