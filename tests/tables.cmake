# The edition grammars on every table layout (tests/editions/layout_*.txt, made by make_layouts.py),
# and adding an edition as a new directory only.
file(GLOB NB_CORPUS_TEXTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/corpus/*.txt)
file(GLOB NB_LAYOUTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/editions/layout_*.txt)
foreach(input IN LISTS NB_LAYOUTS)
  get_filename_component(name ${input} NAME_WE)
  add_test(NAME tables/${name}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_tables.py $<TARGET_FILE:nianbao>
                   ${CMAKE_CURRENT_SOURCE_DIR}/editions/expected_2021.json ${input}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
add_test(NAME tables/fullwidth
         COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_fullwidth.py $<TARGET_FILE:nianbao>
                 ${NB_CORPUS_TEXTS}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME tables/noise
         COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_noise.py $<TARGET_FILE:nianbao>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
# the legacy 统计表 and edition detection on edited copies of corpus 004
add_test(NAME tables/statistics
         COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_statistics.py $<TARGET_FILE:nianbao>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
# Each edition's own report, found by name: editions/edition_<name>.txt with expected_<name>.json;
# its cells must be the expected ones, and `check --strict` must pass on it (every check assessed
# and holding), as on every layout.
file(GLOB NB_EDITION_REPORTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/editions/edition_*.txt)
foreach(input IN LISTS NB_EDITION_REPORTS)
  get_filename_component(name ${input} NAME_WE)
  string(REGEX REPLACE "^edition_" "" edition ${name})
  add_test(NAME tables/edition_${edition}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_tables.py $<TARGET_FILE:nianbao>
                   ${CMAKE_CURRENT_SOURCE_DIR}/editions/expected_${edition}.json ${input}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(tables/edition_${edition} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
foreach(t IN ITEMS ${NB_LAYOUTS} fullwidth noise statistics)
  get_filename_component(name ${t} NAME_WE)
  set_tests_properties(tables/${name} PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
foreach(input IN LISTS NB_EDITION_REPORTS NB_LAYOUTS)
  get_filename_component(name ${input} NAME_WE)
  add_test(NAME checks/strict/${name} COMMAND $<TARGET_FILE:nianbao> check --strict --quiet ${input}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
# adds a made-up edition (a new block, row, column and renamed label) in a copy of the project: once,
# in the plain build (the sanitizer build adds nothing here)
if(NOT NB_SANITIZE)
  add_test(NAME tables/throwaway_edition COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/editions/throwaway.sh
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(tables/throwaway_edition PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE SKIP_RETURN_CODE 77
                       ENVIRONMENT "PYTHON3=${NB_PYTHON3}")
endif()
# readable cases, a report and what must come out of it (tests/editions/spec/*.txt, check_spec.py)
file(GLOB NB_SPECS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/editions/spec/*.txt)
foreach(spec IN LISTS NB_SPECS)
  get_filename_component(name ${spec} NAME_WE)
  add_test(NAME tables/spec_${name}
           COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_spec.py $<TARGET_FILE:nianbao> ${spec}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
