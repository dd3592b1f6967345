# compare: whole stderr
# A bad \N{...} escape is reported at the token after the strings.
label = "café \N{NO SUCH NAME}" "!" + suffix
