# Writes a C++ file defining `const char <SYMBOL>[]` with the text of INPUT (cmake -P mode), so
# Python sources the engine runs (the asyncio prelude) are part of the binary.
#   cmake -DINPUT=file.py -DOUTPUT=file.cpp -DSYMBOL=kName -P EmbedText.cmake
file(READ "${INPUT}" text)
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
