# support module two packages down
def where():
    return "deep"
