# server.cmake: the build steps of `mailfix serve` beyond compiling
# server/*.c (which the top-level CMakeLists.txt does): embed the web page.
file(GLOB_RECURSE MF_WEB_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/server/web/*")
add_custom_command(
  OUTPUT "${CMAKE_BINARY_DIR}/embedded_web.c"
  COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_SOURCE_DIR}/server/web -DGLOB=*
          -DHEADER=server.h -DTYPE=srv_web_file -DTABLE=srv_web_files
          -DOUT=${CMAKE_BINARY_DIR}/embedded_web.c -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${MF_WEB_FILES} ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding server/web/")
target_sources(mailfix_cli PRIVATE "${CMAKE_BINARY_DIR}/embedded_web.c")
