# Exception-heavy code: raising, catching, re-raising, finally and custom exceptions.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
    finally:
        pass


table = {i: i * 3 for i in range(0, 100, 2)}
total = 0
cleanups = 0
for round_ in range(40):
    for i in range(100):
        try:
            total += lookup(table, i)
        except NotFound as e:
            total += e.key
        except AppError:
            total -= 1000
        try:
            try:
                if i % 3 == 0:
                    raise ValueError("three")
                total += 1
            finally:
                cleanups += 1
        except ValueError:
            total += 2
    total += parse("12") + parse("x%d" % round_)
    try:
        [][round_]
    except IndexError:
        total += 5
print("exceptions", total, cleanups)
