# Hung: sum() over range() runs no bytecode, so the interrupt was never polled (now next()
# polls it every 4096 items).
sum(range(10**18))
