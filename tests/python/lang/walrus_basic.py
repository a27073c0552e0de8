if (n := 10) > 5:
    print("big", n)
data = [1, 2, 3, 4]
while (x := data.pop()) > 2:
    print(x)
print(x, data)
print((y := 3) * y)
