# bench/memlat.cmake: memlat, the machine's memory latency by working-set
# size (context for the route figures; see bench/memlat.c).
add_executable(bench_memlat ${CMAKE_SOURCE_DIR}/bench/memlat.c)
