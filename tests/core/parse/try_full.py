try:
    a
except E as e:
    b
else:
    c
finally:
    d
