# a user subclass of a built-in exception can carry extra attributes
class CodedError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

e = CodedError("v", 42)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.code, caught.args, str(caught))
