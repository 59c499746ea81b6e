# editions.cmake — table grammars, layouts, checks. Included from tests/CMakeLists.txt.
#
# The checks (docs/checks.md: runtime/checks/, grammar/narrative.re, cli/check.c, cli/facts.c):
# the prose lexer on its own, then `check`, `facts` and parse's "checks" on reports made from
# tests/checks/*.txt and the seed corpus (tests/checks/test_checks.py).

add_executable(test_narrative ${CMAKE_CURRENT_SOURCE_DIR}/checks/test_narrative.c)
target_link_libraries(test_narrative PRIVATE nb_internal)
add_test(NAME checks/narrative COMMAND test_narrative)

# `check` and `facts` are nianbao's once main() dispatches to them (cli/commands.h); until then a
# driver of the same two functions stands in, so that the suite runs either way. main.c is watched:
# adding the dispatch switches the tests to nianbao at the next build.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/cli/main.c)
file(READ ${CMAKE_SOURCE_DIR}/cli/main.c NB_MAIN_C)
string(FIND "${NB_MAIN_C}" "nb_cmd_check" NB_MAIN_HAS_CHECK)
if(NB_MAIN_HAS_CHECK EQUAL -1)
  add_executable(nb_checks_cli ${CMAKE_CURRENT_SOURCE_DIR}/checks/driver.c ${CMAKE_SOURCE_DIR}/cli/check.c
                               ${CMAKE_SOURCE_DIR}/cli/facts.c)
  target_include_directories(nb_checks_cli PRIVATE ${CMAKE_SOURCE_DIR}/cli)
  target_link_libraries(nb_checks_cli PRIVATE nb_internal)
  set(NB_CHECKS_CLI $<TARGET_FILE:nb_checks_cli>)
else()
  set(NB_CHECKS_CLI $<TARGET_FILE:nianbao>)
endif()

foreach(case seed base r1 r2 r3 r4 r5 r5_statistics r6 consistency blank r7 exit facts linear)
  add_test(NAME checks/${case}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/checks/test_checks.py
                   --nianbao $<TARGET_FILE:nianbao> --cli ${NB_CHECKS_CLI} ${case}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(checks/${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
