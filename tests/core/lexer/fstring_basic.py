b = 1; d = "dee"; e = 2.5; g = 3.14159; p = 2; i = "eye"; l = [1, "x"]; m = "em"; n = 7
a = f"x{b}y"
c = f'{d!r:>4}{e!s}{g:.{p}f}'
h = f"{{literal}} {i}"
j = f"no fields {{x}}"
k = f"{l = }" F"{m=!s}" f"{n=:>3}"
q = f"{b}{d}{e}{g}{p}{i}{b!r}"
