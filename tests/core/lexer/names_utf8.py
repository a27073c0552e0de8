café = 1
π = 3.14159
变量 = café + π
_private = __dunder__ = x1 = X_2 = ñandú
Ünïcödé_ñame_42 = 0
