print("plain", __name__)
x = 42
_hidden = 1
