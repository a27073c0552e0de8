x: int
y: List[int] = []
(z): int = 1
a.b: str = 'x'
c[0]: float
