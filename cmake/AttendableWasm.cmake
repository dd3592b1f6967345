# Link options for a wasm executable that node runs directly (`node target.js args...`), as
# ctest does through Emscripten's CMAKE_CROSSCOMPILING_EMULATOR.
function(attendable_node_executable target)
  if(EMSCRIPTEN)
    target_link_options(${target} PRIVATE
      -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1
      "SHELL:--pre-js ${PROJECT_SOURCE_DIR}/cmake/node-wasm-binary.js")
  endif()
endfunction()
