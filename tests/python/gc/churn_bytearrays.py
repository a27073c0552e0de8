# big short-lived buffers allocated in a loop
check = 0
for i in range(3000):
    buf = bytearray(1024)
    buf[i % 1024] = i % 256
    check += buf[i % 1024]
print(check)
