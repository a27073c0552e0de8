# subclassing list keeps list behaviour and adds methods
class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s.peek(), len(s), s.pop(), list(s))
print(isinstance(s, list), sum(s))
for v in s:
    print(v)
