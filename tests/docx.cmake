# Word documents as input (runtime/read/docx.c, wordnum.c, zipread.c, ole2.c, doc_convert.c).
# tests/formats/docx_check.py runs one case per test. The cases that make Word files with pandoc or
# LibreOffice (tools/install-deps.sh --test installs both) are skipped (77) without them.
foreach(case docx-pandoc docx-libreoffice docx-controls doc-libreoffice doc-no-converter docx-numbering docx-tables docx-grid docx-merged-zero docx-altchunk
             docx-detect docx-bad docx-srlabels)
  add_test(NAME formats/${case}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/formats/docx_check.py
                   --nianbao $<TARGET_FILE:nianbao> --render $<TARGET_FILE:nb_render>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/docx ${case}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(formats/${case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()
# LibreOffice starts slowly and takes a core: its cases run one at a time
set_tests_properties(formats/docx-libreoffice formats/docx-controls formats/doc-libreoffice formats/docx-srlabels PROPERTIES RESOURCE_LOCK libreoffice)
