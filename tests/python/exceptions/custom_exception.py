class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise DetailError(404, "not found")
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)
print(issubclass(DetailError, Exception), isinstance(DetailError(1, ""), MyError))
