# compare: whole stderr
# global after an assignment: "assigned to before", not "prior to".
count = 0


def bump():
    count = 1
    global count
