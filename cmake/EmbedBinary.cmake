# Writes a C++ file defining `std::span<const unsigned char> FUNCTION()` (declared in HEADER)
# over the bytes of INPUT (cmake -P mode): what the native engine links in and the wasm engine
# loads from its host instead (wasm/bindings.cpp defines the same functions): the `\N{...}` name
# table (core/python/unicode_names.bin) and the library archive (cmake/PackLibrary.cmake).
#   cmake -DINPUT=file.bin -DOUTPUT=file.cpp -DHEADER=x.hpp -DFUNCTION=py::name -P EmbedBinary.cmake
file(READ "${INPUT}" hex HEX)
# Sixteen bytes a line.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REPEAT "0x..," 16 line)  # CMake's regular expressions have no {16}
string(REGEX REPLACE "(${line})" "\\1\n    " bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by cmake/EmbedBinary.cmake: do not edit.\n"
     "#include \"${HEADER}\"\n\nnamespace {\n"
     "constexpr unsigned char kBytes[] = {\n    ${bytes}\n};\n}  // namespace\n\n"
     "std::span<const unsigned char> ${FUNCTION}() {\n  return kBytes;\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
