while x:
    x -= 1
    if x: continue
    break
else:
    done()
