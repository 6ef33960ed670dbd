# bench/explain.cmake: `mailfix explain` against Sisimai on the bounce corpus
# and on one 50 MB bounce (bench/explain.sh prints the figures).
add_custom_target(bench-explain
  COMMAND ${CMAKE_SOURCE_DIR}/bench/explain.sh $<TARGET_FILE:mailfix_cli>
          ${CMAKE_SOURCE_DIR}/../shared/corpus/bounces
  DEPENDS mailfix_cli
  USES_TERMINAL)
