a = u"unicode" U'upper'
b = r'x' R"y"
c = rb'1' rB'2' Rb'3' RB'4' br'5' bR'6' Br'7' BR'8'
d = b'9' B'10'
e = ur = 1
