# bench/spf.cmake: the libspf2 anchor program for bench/spf.sh, built when
# Debian's libspf2-dev is installed (`scripts/install-deps.sh bench`).
find_path(MF_LIBSPF2_INCLUDE spf2/spf.h)
find_library(MF_LIBSPF2_LIB spf2)
if(MF_LIBSPF2_INCLUDE AND MF_LIBSPF2_LIB)
  add_executable(bench_spf_libspf2 ${CMAKE_SOURCE_DIR}/bench/spf_libspf2.c)
  target_include_directories(bench_spf_libspf2 PRIVATE ${MF_LIBSPF2_INCLUDE})
  # libspf2's headers use BSD types and old prototypes: build it as they expect.
  target_compile_options(bench_spf_libspf2 PRIVATE -std=gnu11 -Wno-strict-prototypes
    -Wno-missing-prototypes -D_GNU_SOURCE -DHAVE_NS_TYPE=1)
  target_link_libraries(bench_spf_libspf2 PRIVATE ${MF_LIBSPF2_LIB})
  set_target_properties(bench_spf_libspf2 PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
endif()
