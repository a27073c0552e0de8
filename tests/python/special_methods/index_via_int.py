# __int__ and __float__ drive int() and float()
class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

print(int(Num()), float(Num()))
