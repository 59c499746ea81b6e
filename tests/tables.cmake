# The edition grammars on every table layout (tests/editions/layout_*.txt, made by make_layouts.py),
# and adding an edition as a new directory only.
file(GLOB NB_CORPUS_TEXTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/corpus/*.txt)
file(GLOB NB_LAYOUTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/editions/layout_*.txt)
foreach(input IN LISTS NB_LAYOUTS)
  get_filename_component(name ${input} NAME_WE)
  add_test(NAME tables/${name}
           COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_tables.py $<TARGET_FILE:nianbao>
                   ${CMAKE_CURRENT_SOURCE_DIR}/editions/expected_2021.json ${input}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
add_test(NAME tables/fullwidth
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_fullwidth.py $<TARGET_FILE:nianbao>
                 ${NB_CORPUS_TEXTS}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME tables/noise
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_noise.py $<TARGET_FILE:nianbao>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
# the legacy 统计表 and edition detection on edited copies of corpus 004
add_test(NAME tables/statistics
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_statistics.py $<TARGET_FILE:nianbao>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME tables/2019_edition
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_tables.py $<TARGET_FILE:nianbao>
                 ${CMAKE_CURRENT_SOURCE_DIR}/editions/expected_2019.json
                 ${CMAKE_CURRENT_SOURCE_DIR}/editions/edition_2019.txt
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
# builds a copy of the project: once, in the plain build (the sanitizer build adds nothing here)
if(NOT NB_SANITIZE)
  add_test(NAME tables/new_edition_directory COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/editions/new_edition.sh
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(tables/new_edition_directory PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
endif()
# readable cases, a report and what must come out of it (tests/editions/spec/*.txt, check_spec.py)
file(GLOB NB_SPECS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/editions/spec/*.txt)
foreach(spec IN LISTS NB_SPECS)
  get_filename_component(name ${spec} NAME_WE)
  add_test(NAME tables/spec_${name}
           COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/editions/check_spec.py $<TARGET_FILE:nianbao> ${spec}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
