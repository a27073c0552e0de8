@d
async def f(): pass
