# cmake -P script: configure, build and run the consumer project; fail on any step.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR}
                        -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_BUILD_TYPE=Release
                RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "configuring the consumer project failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} -j 2 RESULT_VARIABLE status)
if(status)
  message(FATAL_ERROR "building the consumer project failed")
endif()
execute_process(COMMAND ${BINARY_DIR}/consumer OUTPUT_VARIABLE output RESULT_VARIABLE status)
if(status OR NOT output STREQUAL "consumer ok: 42\n")
  message(FATAL_ERROR "the consumer printed '${output}' and exited with ${status}")
endif()
