from _loop import Sleep
async def task():
    try:
        await Sleep(1)
    except KeyError:
        print("task caught KeyError")
        await Sleep(2)
    finally:
        print("task finally")
c = task()
print(c.send(None))
print(c.throw(KeyError))
c.close()
print("closed")
