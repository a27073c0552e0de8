class CM:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with CM():
        print("body must not run")
except ValueError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError):
    print("not a context manager")
