# UBSan: width - length overflowed in str.ljust/rjust/center (and bytes, through them).
"abc".ljust(-2**63)
"abc".center(-2**63)
b"abc".rjust(-2**63)
