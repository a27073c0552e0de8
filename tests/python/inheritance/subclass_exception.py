# user exceptions derive from Exception and carry arguments
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, what):
        super().__init__("missing", what)
        self.what = what

try:
    raise NotFound("file")
except AppError as e:
    print(type(e).__name__, e.what, e.args)

try:
    raise AppError("x", 2)
except Exception as e:
    print(e.args, isinstance(e, AppError))
print(issubclass(NotFound, Exception))
