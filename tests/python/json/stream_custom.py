# Any object with write()/read() is a stream for dump/load.
import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self, *args):
        return self.text

s = Sink()
json.dump({"a": 1}, s)
print("".join(s.parts))
print(json.load(Source('[{"b": 2}]')))
try:
    json.dump(1, 5)
except AttributeError:
    print("AttributeError")
try:
    json.load(5)
except AttributeError:
    print("AttributeError")
