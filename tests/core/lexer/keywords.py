async def f():
    await g()
    async for x in y: pass
    async with z: pass
def g(a, b):
    global h
    def i():
        nonlocal a
    assert a and b or not a, "msg"
    del a
    if a is None: return True
    elif a in b: pass
    else: yield False
    try: import sys as s
    except Exception: raise
    finally: pass
    for x in y: continue
    while x: break
    with z as w: pass
    return lambda: __debug__
from os import path
class C: pass
match = case = type = _ = print = self = Falsey = nonlocals = 1
