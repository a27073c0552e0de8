from _loop import run, Sleep
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(1)
        self.i += 1
        return self.i
async def main():
    out = []
    async for v in Ticker(4):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(main()))
