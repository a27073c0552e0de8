for i in x:
    if i:
        break
    continue
while 1:
    break
