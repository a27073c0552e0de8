a.b.c.d
a.b().c[1].d
