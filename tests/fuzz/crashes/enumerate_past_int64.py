# UBSan: enumerate counted past 2**63 - 1 in an int64 (now a Python int, as CPython).
list(enumerate([1, 2], 2**63 - 1))
