# robustness.cmake — nianbao must never crash, hang or lose content on what the web gives it:
# the fuzz harness as a plain program, bad inputs, pathological inputs, regressions, re2c skeleton.
# Included from tests/CMakeLists.txt; every test runs from the source root, label "robustness"
# (ctest -L robustness). Scripts exit 77 to be skipped when a tool they need is missing.

# The AFL++ harness (fuzz/harness.c) built without AFL: it replays files through the whole
# parse-to-JSON path and checks the model and the output. fuzz/run.sh builds the same target with
# afl-clang-fast.
add_executable(nb_fuzz_harness ${CMAKE_SOURCE_DIR}/fuzz/harness.c)
target_link_libraries(nb_fuzz_harness PRIVATE nb_internal)
# The targets of one reader each (fuzz/harness_<target>.c, fuzz/run.sh TARGET SECONDS)
foreach(target encoding html pdfrows jsonl docx)
  add_executable(nb_fuzz_${target} ${CMAKE_SOURCE_DIR}/fuzz/harness_${target}.c)
  target_link_libraries(nb_fuzz_${target} PRIVATE nb_internal)
  target_include_directories(nb_fuzz_${target} PRIVATE ${CMAKE_SOURCE_DIR}/cli) # jsonl.h
endforeach()

# Time limits are against hangs, not a benchmark: sanitizers make the code about 5× slower.
# The pathological shapes start and stop smaller there: growth, not size, is what they measure.
if(NB_SANITIZE)
  set(NB_BAD_LIMIT 60)
  set(NB_REGRESS_LIMIT 30)
  set(NB_PATHOLOGICAL_BASE 16384)
  set(NB_PATHOLOGICAL_MAX 1048576)
else()
  set(NB_BAD_LIMIT 20)
  set(NB_REGRESS_LIMIT 10)
  set(NB_PATHOLOGICAL_BASE 32768)
  set(NB_PATHOLOGICAL_MAX 4194304)
endif()

set(NB_ROBUST_TESTS)
macro(nb_robust_test name)
  add_test(NAME robustness/${name} ${ARGN} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  list(APPEND NB_ROBUST_TESTS robustness/${name})
endmacro()

# --- the harness builds and runs: every corpus report and fuzz seed (text, HTML, PDF) through its checks
file(GLOB NB_HARNESS_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/corpus/*.txt ${CMAKE_SOURCE_DIR}/corpus/*.html
     ${CMAKE_SOURCE_DIR}/fuzz/seeds/* ${CMAKE_SOURCE_DIR}/fuzz/seeds-html/*)
nb_robust_test(harness-corpus COMMAND nb_fuzz_harness ${NB_HARNESS_INPUTS})
# --- each reader's target on its seeds (the HTML reader on the HTML seeds and pages of the corpus)
file(GLOB NB_HTML_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/seeds-html/* ${CMAKE_SOURCE_DIR}/fuzz/seeds/*.html)
nb_robust_test(harness-html COMMAND nb_fuzz_html ${NB_HTML_INPUTS})
foreach(target encoding pdfrows jsonl docx)
  file(GLOB NB_TARGET_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/seeds-${target}/*)
  nb_robust_test(harness-${target} COMMAND nb_fuzz_${target} ${NB_TARGET_INPUTS})
endforeach()

# --- inputs that once crashed or hung (tests/regress/README.md), one test each
file(GLOB NB_REGRESS_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/regress/*)
foreach(input IN LISTS NB_REGRESS_INPUTS)
  get_filename_component(name ${input} NAME)
  if(NOT name MATCHES "\\.md$")
    nb_robust_test(regress/${name} COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/regress.sh $<TARGET_FILE:nianbao>
                   $<TARGET_FILE:nb_fuzz_harness> ${NB_REGRESS_LIMIT} tests/regress/${name})
  endif()
endforeach()

# --- bad inputs and pathological shapes, one test per case so that ctest -j runs them side by side
# (the case lists come from the scripts; without python3 each suite is one skipped test)
if(NB_HAVE_PYTHON3)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
               ${CMAKE_CURRENT_SOURCE_DIR}/bad_inputs.py ${CMAKE_CURRENT_SOURCE_DIR}/pathological.py)
  execute_process(COMMAND ${NB_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/bad_inputs.py --list
                  OUTPUT_VARIABLE NB_BAD_CASES OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${NB_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/pathological.py --list
                  OUTPUT_VARIABLE NB_PATHOLOGICAL_SHAPES OUTPUT_STRIP_TRAILING_WHITESPACE)
else()
  set(NB_BAD_CASES all)
  set(NB_PATHOLOGICAL_SHAPES all)
endif()
foreach(name IN LISTS NB_BAD_CASES)
  nb_robust_test(bad/${name} COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/bad_inputs.py
                 $<TARGET_FILE:nianbao> --harness $<TARGET_FILE:nb_fuzz_harness> --timeout ${NB_BAD_LIMIT} ${name})
endforeach()
foreach(name IN LISTS NB_PATHOLOGICAL_SHAPES)
  nb_robust_test(pathological/${name} COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/pathological.py
                 $<TARGET_FILE:nianbao> --base ${NB_PATHOLOGICAL_BASE} --max ${NB_PATHOLOGICAL_MAX} --limit ${NB_BAD_LIMIT} ${name})
endforeach()

# --- re2c's own check of the generated DFAs (skipped without re2c: gen/ is committed)
nb_robust_test(re2c-skeleton COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/re2c_skeleton.sh "${RE2C}"
               ${CMAKE_C_COMPILER} ${CMAKE_CURRENT_BINARY_DIR}/re2c-skeleton)

set_tests_properties(${NB_ROBUST_TESTS} PROPERTIES LABELS robustness SKIP_RETURN_CODE 77 TIMEOUT 300)

# --- the library's shape: layers keep their order (tests/layers.py), and it installs and is used
# through include/nianbao.h alone (tests/install.sh)
add_test(NAME api/layers COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/layers.py ${CMAKE_SOURCE_DIR})
set_tests_properties(api/layers PROPERTIES SKIP_RETURN_CODE 77)
if(NOT NB_SANITIZE)
  add_test(NAME api/install COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/install.sh ${CMAKE_BINARY_DIR} ${CMAKE_C_COMPILER}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api/install PROPERTIES SKIP_RETURN_CODE 77)
endif()
