# cmake -P script: runs PROGRAM --virtual-time (through RUNNER, e.g. node, if set) and fails
# unless it exits 0 and its stdout equals the EXPECTED file exactly.
execute_process(COMMAND ${RUNNER} ${PROGRAM} --virtual-time
                OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
file(READ ${EXPECTED} expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}\n${errors}")
endif()
if(NOT output STREQUAL expected)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- expected\n${expected}--- got\n${output}")
endif()
