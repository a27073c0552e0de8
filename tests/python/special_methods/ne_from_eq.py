# `!=` is the negation of __eq__ when only __eq__ is defined
class Code:
    def __init__(self, c):
        self.c = c

    def __eq__(self, o):
        print("eq", self.c, o.c)
        return self.c == o.c

print(Code(1) != Code(2))
print(Code(3) != Code(3))
print(Code(4) == Code(4))
