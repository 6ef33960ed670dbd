# bench/route.cmake: bench_route, the router's throughput and latency.
add_executable(bench_route ${CMAKE_SOURCE_DIR}/bench/bench_route.c)
target_include_directories(bench_route PRIVATE ${CMAKE_SOURCE_DIR}/lib)
target_link_libraries(bench_route PRIVATE mailfix)
