from _loop import run, Sleep
async def hello(name):
    await Sleep(1)
    return "hello " + name
async def main():
    a = await hello("a")
    b = await hello("b")
    return [a, b]
print(run(main()))
