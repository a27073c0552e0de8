# support module: state shared by everyone who imports it
counter = 0


def bump():
    global counter
    counter += 1
    return counter
