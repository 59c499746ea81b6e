# HTML pages and PDF files as input (runtime/format.c, html.c, pdf.c). tests/formats/check.py runs
# one case per test; nb_render shows what the readers make of a file (the text, or the JSON with
# nb_options.format set). The pdf case needs pango-view, pdfunite and the WenQuanYi fonts
# (tools/install-deps.sh --test) and is skipped without them.
add_executable(nb_render ${CMAKE_CURRENT_SOURCE_DIR}/formats/render.c)
target_link_libraries(nb_render PRIVATE nb_internal)

foreach(case html-render html-vs-text html-gbk html-edge html-form html-rows html-corpus detect pdf pdf-errors pdf-form
             html-pathological)
  add_test(NAME formats/${case}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/formats/check.py
                   --nianbao $<TARGET_FILE:nianbao> --render $<TARGET_FILE:nb_render>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/formats ${case}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(formats/${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
