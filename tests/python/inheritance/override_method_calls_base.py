# base-class method calling an overridden method (dynamic dispatch)
class Report:
    def render(self):
        return "[" + self.body() + "]"

    def body(self):
        return "empty"

class Sales(Report):
    def body(self):
        return "sales=3"

print(Report().render(), Sales().render())
