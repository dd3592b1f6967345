# flags: --display
1 + 1
"not echoed either"
[n * n for n in range(5)]
