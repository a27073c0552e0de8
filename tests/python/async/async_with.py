from _loop import run, Sleep
class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        await Sleep(1)
        return self.name
    async def __aexit__(self, t, v, tb):
        print("release", self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with Res("r1") as n:
        print("using", n)
    async with Res("r2"):
        raise KeyError("suppressed")
    try:
        async with Res("r3"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    return "done"
print(run(main()))
