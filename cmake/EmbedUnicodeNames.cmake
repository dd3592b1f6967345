# Writes a C++ file defining py::unicode_names_table() over the bytes of INPUT (cmake -P mode):
# the native engine's `\N{...}` name table, core/python/unicode_names.bin, linked in. The wasm
# engine defines the function itself and loads the same file from its host (wasm/bindings.cpp).
#   cmake -DINPUT=unicode_names.bin -DOUTPUT=file.cpp -P EmbedUnicodeNames.cmake
file(READ "${INPUT}" hex HEX)
# Sixteen bytes a line.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REPEAT "0x..," 16 line)  # CMake's regular expressions have no {16}
string(REGEX REPLACE "(${line})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by cmake/EmbedUnicodeNames.cmake: do not edit.\n"
     "#include \"unicode_names.hpp\"\n\nnamespace py {\nnamespace {\n"
     "constexpr unsigned char kTable[] = {\n    ${bytes}\n};\n}  // namespace\n\n"
     "std::span<const unsigned char> unicode_names_table() {\n  return kTable;\n}\n\n"
     "}  // namespace py\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
