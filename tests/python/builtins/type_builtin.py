# type() of values, and three-argument type() creating a class
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(len).__name__ in ("builtin_function_or_method", "function"))
print(type(1) is int, type(True) is bool, type(type) is type, type(int) is type)
Point = type("Point", (), {"x": 0, "getx": lambda self: self.x})
p = Point()
p.x = 4
print(Point.__name__, p.getx(), isinstance(p, Point))
Sub = type("Sub", (Point,), {})
print(Sub().getx(), issubclass(Sub, Point))
