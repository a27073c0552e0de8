def make_counter_down():
    def rec(n, acc):
        if n == 0:
            return acc
        return rec(n - 1, acc + [n])
    return rec
print(make_counter_down()(5, []))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))
