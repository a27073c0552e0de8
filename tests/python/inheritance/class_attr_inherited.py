# class attributes inherited and shadowed in subclasses
class Base:
    limit = 10

class Sub(Base):
    pass

print(Sub.limit)
Sub.limit = 20
print(Base.limit, Sub.limit)
del Sub.limit
print(Sub.limit)
