# __init__ must return None
class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError:
    print("TypeError")

class Good:
    def __init__(self):
        return None

print(type(Good()).__name__)
