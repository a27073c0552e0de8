(x for x in y)
sum(x for x in y)
(x async for x in y)
