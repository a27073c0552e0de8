from _loop import run, Sleep
async def fails():
    await Sleep(1)
    raise ValueError("async failure")
async def main():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)
print(run(main()))
