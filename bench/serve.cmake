# serve.cmake: the benchmark of `mailfix serve` (bench/serve.sh: wrk
# against POST /api/route vs nginx on a static file, then the
# load-and-fault test).  `make bench` runs it through bench/run-all.sh;
# `cmake --build build --target bench-serve` runs it alone.
add_custom_target(bench-serve
  COMMAND sh ${CMAKE_SOURCE_DIR}/bench/serve.sh ${CMAKE_BINARY_DIR}
  DEPENDS mailfix_cli
  USES_TERMINAL
  COMMENT "Benchmark: mailfix serve vs nginx, and the load-and-fault test")
