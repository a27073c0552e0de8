def g():
    try:
        yield 1
    finally:
        print("finalizing")
for x in g():
    pass
print("ok")
