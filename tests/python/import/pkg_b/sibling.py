# support module importing a sibling relatively
from .helper import h


def twice_h():
    return h() * 2
