# with nothing registered, poll waits out its timeout and returns nothing
import select
p = select.poll()
print(p.poll(0))
print(p.poll(20))
