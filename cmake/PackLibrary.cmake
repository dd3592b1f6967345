# Packs the library modules written in Python into one file (cmake -P mode): for each module a
# header line "<name> <byte length>" then its text, comment lines emptied as in EmbedText.cmake
# (line numbers unchanged). py::library_module_source() (core/python/modules/library.hpp) reads
# it: linked into the native engine, loaded by the wasm engine from its host on first import.
#   cmake "-DINPUTS=a.py|b.py" -DOUTPUT=attendable_library.bin -P PackLibrary.cmake
string(REPLACE "|" ";" inputs "${INPUTS}")
set(archive "")
foreach(input IN LISTS inputs)
  # collections.abc.py holds the module collections.abc.
  get_filename_component(name "${input}" NAME_WLE)
  file(READ "${input}" text)
  string(REGEX REPLACE "(^|\n)[ \t]*#[^\n]*" "\\1" text "${text}")
  string(LENGTH "${text}" length)
  string(APPEND archive "${name} ${length}\n${text}")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${archive}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
