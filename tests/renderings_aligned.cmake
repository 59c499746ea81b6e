# Tables in aligned columns (issue 16, runtime/columns.c): spec files and renderings.
add_executable(columns_dump ${CMAKE_CURRENT_SOURCE_DIR}/renderings/aligned/columns_dump.c)
target_link_libraries(columns_dump PRIVATE libnianbao)
