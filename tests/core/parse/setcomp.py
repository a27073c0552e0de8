{x for x in y}
{x * 2 for x in range(10) if x % 2}
