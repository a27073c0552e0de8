print(*a)
x = *a, *b
f(*a, *b)
[*a]
{*a}
