async def main():
    try:
        await 5
    except TypeError:
        return "TypeError"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
