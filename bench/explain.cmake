# bench/explain.cmake: `mailfix explain` against Sisimai on the bounce corpus
# and on one 50 MB bounce (bench/explain.sh prints the figures).
add_custom_target(bench-explain
  COMMAND ${CMAKE_SOURCE_DIR}/bench/explain.sh $<TARGET_FILE:mailfix_cli>
          ${CMAKE_SOURCE_DIR}/../shared/corpus/bounces
  DEPENDS mailfix_cli
  USES_TERMINAL)

# bench_explain_floor: GMime's share of explain's time, on messages in
# memory (bench/explain.sh prints it beside Sisimai's rate).
add_executable(bench_explain_floor ${CMAKE_SOURCE_DIR}/bench/explain_floor.c)
target_include_directories(bench_explain_floor PRIVATE ${CMAKE_SOURCE_DIR}/lib)
target_link_libraries(bench_explain_floor PRIVATE mailfix PkgConfig::GMIME)
