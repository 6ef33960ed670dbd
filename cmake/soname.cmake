# cmake/soname.cmake: mf_soname(VAR DEFAULT REGEX LIBRARIES...) sets VAR to
# the soname (objdump -p) of the first of LIBRARIES whose path matches
# REGEX, or DEFAULT: the name a library loaded at run time (dlopen, see
# lib/dl_table.c) is opened by, taken from the library pkg-config found.
function(mf_soname var default regex)
  set(name "${default}")
  foreach(lib IN LISTS ARGN)
    if(lib MATCHES "${regex}")
      execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${lib} OUTPUT_VARIABLE od ERROR_QUIET)
      if(od MATCHES "SONAME +([^ \n]+)")
        set(name "${CMAKE_MATCH_1}")
        break()
      endif()
    endif()
  endforeach()
  set(${var} "${name}" PARENT_SCOPE)
endfunction()
