# Renderings of a page by the tools users have (text browsers, pandoc, html2markdown, a page printed
# to PDF), read by nianbao and compared cell by cell with the page (tests/renderings/render.py).
# One case per page x tool; a case whose tool is not installed exits 77 and says so.
# `render.py --nianbao build/nianbao --work /tmp/r table` prints cells read / total for all of them.
find_program(NB_RENDER_PYTHON3 python3 REQUIRED)
set(NB_RENDER_PY ${CMAKE_CURRENT_SOURCE_DIR}/renderings/render.py)
foreach(page page_2021 page_2019 page_legacy page_legacy_county crawl page_2021_narrow page_word2021 page_2021_css
             page_2021_other1)
  foreach(tool w3m elinks elinks80 links2 lynx pandoc-plain pandoc-gfm html2markdown wkhtmltopdf pdftotext)
    add_test(NAME renderings/${page}/${tool}
             COMMAND ${NB_RENDER_PYTHON3} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                     --work ${CMAKE_CURRENT_BINARY_DIR}/renderings case ${page} ${tool}
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(renderings/${page}/${tool} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
  endforeach()
endforeach()
# the page saved as .docx by LibreOffice Writer, and that document printed to PDF by Writer (read by
# the PDF reader and by pdftotext -layout): one soffice at a time
foreach(page page_word2021 page_word2021_b page_2021 page_2019 crawl page_2021_narrow)
  foreach(tool word word-pdf word-pdftotext)
    add_test(NAME renderings/${page}/${tool}
             COMMAND ${NB_RENDER_PYTHON3} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                     --work ${CMAKE_CURRENT_BINARY_DIR}/renderings case ${page} ${tool}
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(renderings/${page}/${tool} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                         RESOURCE_LOCK libreoffice)
  endforeach()
endforeach()
# the layouts' hard cases, input => expected cells
file(GLOB NB_RENDER_SPECS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec/*.txt)
foreach(spec IN LISTS NB_RENDER_SPECS)
  get_filename_component(name ${spec} NAME_WE)
  add_test(NAME renderings/spec/${name}
           COMMAND ${NB_RENDER_PYTHON3} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/renderings spec ${spec}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
