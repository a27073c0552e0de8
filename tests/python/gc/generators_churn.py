# generators and closures created and dropped in a loop
def gen(n):
    for i in range(n):
        yield i * i

def make_adder(k):
    def add(v):
        return v + k
    return add

total = 0
for i in range(2000):
    total += sum(gen(10)) + make_adder(i)(1)
print(total)
