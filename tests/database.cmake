# database.cmake — `nianbao load` and `nianbao check --db` (docs/database.md). Included from
# tests/CMakeLists.txt. The cases run the sqlite3 shell (Debian sqlite3) and skip (77) without it.

add_executable(test_sha256 ${CMAKE_SOURCE_DIR}/tests/database/test_sha256.c ${CMAKE_SOURCE_DIR}/cli/sha256.c
               ${CMAKE_SOURCE_DIR}/cli/mem.c)
target_include_directories(test_sha256 PRIVATE ${CMAKE_SOURCE_DIR}/cli)
target_link_libraries(test_sha256 PRIVATE PkgConfig::LIBCRYPTO)
add_test(NAME database/sha256 COMMAND test_sha256)

foreach(case queries reload skip kill reader checkpoint tail ahead refuse full agency r7)
  add_test(NAME database/${case}
           COMMAND ${NB_PY} ${CMAKE_SOURCE_DIR}/tests/database/test_database.py
                   --nianbao $<TARGET_FILE:nianbao> ${case}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(database/${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
# load writes in a thread of its own beside the parsing ones (cli/handoff.c): these run under
# ThreadSanitizer too (tests/run-all.sh, label threads)
set_tests_properties(database/queries database/skip database/kill database/checkpoint database/ahead
                     PROPERTIES LABELS threads)
