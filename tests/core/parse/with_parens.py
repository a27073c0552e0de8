with (a, b): pass
with (a as b, c): pass
with (a as b,): pass
with (a): pass
with (a, b) as c: pass
with (a) as b: pass
with (a).b as c: pass
with (a) + 1: pass
