# Writes a C++ file defining `const char <SYMBOL>[]` with the text of INPUT (cmake -P mode), so
# Python sources the engine runs (the asyncio prelude) are part of the binary.
#   cmake -DINPUT=file.py -DOUTPUT=file.cpp -DSYMBOL=kName -P EmbedText.cmake
file(READ "${INPUT}" text)
# Comment lines become empty lines (line numbers, hence tracebacks, are unchanged): 5 KB less
# text in the engine, 1.5 KB gzipped (issue 5). A '#' line inside a triple-quoted string would
# be emptied too; the embedded sources have none.
string(REGEX REPLACE "(^|\n)[ \t]*#[^\n]*" "\\1" text "${text}")
string(FIND "${text}" ")EMBEDDED\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )EMBEDDED\"")
endif()
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by cmake/EmbedText.cmake: do not edit.\n"
     "namespace py {\nextern const char ${SYMBOL}[];\n"
     "const char ${SYMBOL}[] = R\"EMBEDDED(${text})EMBEDDED\";\n}  // namespace py\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
