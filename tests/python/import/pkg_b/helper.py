# support module used by pkg_b through relative imports
def h():
    return 10


def g():
    return 5
