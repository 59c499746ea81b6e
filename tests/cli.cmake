# cli.cmake — the command line: batches, -j, --stdin-jsonl, progress, exit status, the recipes of
# docs/scale.md. Included from tests/CMakeLists.txt. Scripts run from the project root, take the
# nianbao binary, print "N passed, M failed"; 77 means skipped (a tool they need is missing).

# the --stdin-jsonl record reader (cli/jsonl.h, header-only) on its own
add_executable(test_cli_jsonl ${CMAKE_SOURCE_DIR}/tests/cli/test_jsonl.c)
target_link_libraries(test_cli_jsonl PRIVATE nb_internal)
add_test(NAME cli/jsonl_reader COMMAND test_cli_jsonl)

foreach(name jobs jsonl exit progress parallel dask timings output limits text)
  add_test(NAME cli/${name}
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli/${name}.sh $<TARGET_FILE:nianbao>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli/${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 ENVIRONMENT "PATH=${NB_TEST_PATH}")
endforeach()

# the tests that run threads (parse -j, --stdin-jsonl): tests/run-all.sh runs them again on a
# ThreadSanitizer build (NB_TSAN), where a data race fails them
set_tests_properties(cli/jobs cli/jsonl cli/output cli/limits PROPERTIES LABELS threads)
