def bank():
    balance = 100
    def deposit(n):
        nonlocal balance
        balance += n
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
    def show():
        return balance
    return deposit, withdraw, show
d, w, s = bank()
d(50); w(30)
print(s())
try:
    w(1000)
except ValueError as e:
    print(e, s())
