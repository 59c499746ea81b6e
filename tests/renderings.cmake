# Renderings of a page by the tools users have (text browsers, pandoc, html2markdown, a page printed
# to PDF), read by nianbao and compared cell by cell with the page (tests/renderings/render.py).
# One case per page x tool; a case whose tool is not installed exits 77 and says so.
# `render.py --nianbao build/nianbao --work /tmp/r table` prints cells read / total for all of them.
set(NB_RENDER_PY ${CMAKE_CURRENT_SOURCE_DIR}/renderings/render.py)
# one case: render.py case PAGE TOOL; extra arguments are more test properties. A Word case (LibreOffice
# Writer's document of the page, or its print) runs one soffice at a time, after the fixture made every
# page's document and print in two soffice runs (nb_render_word_fixture, at the end of this file)
function(nb_render_case page tool)
  add_test(NAME renderings/${page}/${tool}
           COMMAND ${NB_PY} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/renderings case ${page} ${tool}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(renderings/${page}/${tool} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 ${ARGN})
  if(tool MATCHES "^word")
    set_tests_properties(renderings/${page}/${tool} PROPERTIES RESOURCE_LOCK libreoffice
                         FIXTURES_REQUIRED word_renderings)
    set_property(GLOBAL APPEND PROPERTY NB_WORD_PAGES ${page})
    if(NOT tool STREQUAL "word")
      set_property(GLOBAL APPEND PROPERTY NB_WORD_PRINTED ${page})
    endif()
  endif()
endfunction()
foreach(page page_2021 page_2019 page_legacy page_legacy_county crawl page_2021_narrow page_word2021 page_2021_css
             page_2021_other1)
  foreach(tool w3m elinks elinks80 links2 lynx pandoc-plain pandoc-gfm pandoc-md html2markdown wkhtmltopdf pdftotext)
    nb_render_case(${page} ${tool})
  endforeach()
endforeach()
# legacy 统计表 with no table: a list of label：value paragraphs after a caption (page_legacy_list), and
# columns aligned with blanks in a <pre> with dashed rules, 历年累计 too (page_legacy_pre)
foreach(page page_legacy_list page_legacy_pre)
  foreach(tool w3m elinks links2 lynx pandoc-plain pandoc-gfm pandoc-rst html2markdown wkhtmltopdf pdftotext)
    nb_render_case(${page} ${tool})
  endforeach()
endforeach()
# pandoc -t rst: grids without spans, whose bars pandoc shifts where a wide character overflows its
# column, and <div> markup (.. container::) inside the cells, broken over the lines of a narrow one
# (runtime/read/grid_even.c): page_2019_div is page_2019 with its cells' text in <div align="center">
# (as TRS and UEditor pages have it) and a township's one-digit table 四
foreach(page page_2019_div page_2019 page_legacy page_2021_other1)
  nb_render_case(${page} pandoc-rst)
endforeach()
foreach(tool pandoc-md pandoc-plain)
  nb_render_case(page_2019_div ${tool})
endforeach()
# a page that leaves table 三's legal-person zeros blank (borders in CSS only): no row has every
# number, and text browsers without borders and the PDF reader place them by the header's columns
foreach(tool w3m elinks elinks80 links2 lynx wkhtmltopdf pdftotext)
  nb_render_case(page_2021_blank ${tool})
endforeach()
# the print read by pdftotext in reading order (no -layout, and -raw): a cell or a row a line, labels
# wrapped over the lines of their cells (runtime/syntax/wraplabel.c); the legacy pages' 统计表 are
# not read right that way yet (their wrapped labels), and Writer-made pages give next to nothing
foreach(page page_2021 page_2019 crawl page_2021_narrow page_2021_css page_2021_other1)
  nb_render_case(${page} pdftotext-flow)
endforeach()
foreach(page page_2021 page_2019 crawl page_2021_narrow page_word2021 page_word2021_b page_2021_css page_2021_other1)
  nb_render_case(${page} pdftotext-raw)
endforeach()
# table 四 all 0 (no review, no suit: most small agencies' report), printed and read in reading order:
# its 15 values come in runs broken by its headers, but all the same, so every cell is 0 whatever
# their order (runtime/tables/flow_blocks.c)
nb_render_case(page_2021_nolit pdftotext-flow)
# the page saved as .docx by LibreOffice Writer, and that document printed to PDF by Writer (read by
# the PDF reader and by pdftotext -layout)
foreach(page page_word2021 page_word2021_b page_2021 page_2019 crawl page_2021_narrow page_2021_other1)
  foreach(tool word word-pdf word-pdftotext)
    nb_render_case(${page} ${tool})
  endforeach()
endforeach()
# page_2021 with a note's mark after two counts, <sup>1</sup> (4632¹ of 行政许可, 11888² of 一、本年新收's
# 总计), its note under the table: the prints set the mark raised and smaller (a browser's <sup> 83 %,
# runtime/read/pdfnotes.c), Writer's document as a run lifted above the line (w:position,
# runtime/read/docx.c): 4632[1], the mark set aside. Text that glues the mark on (pdftotext: 46321)
# does not say it is one: not cases here
foreach(tool wkhtmltopdf chromium-pdf word word-pdf)
  nb_render_case(page_2021_sup ${tool})
endforeach()
# page_2021 with a column of remarks (备注) after table 三's 总计, some of them with numbers of their own
# (含市政府办公室转办9件): in a grid (TABs, pipes; Writer's document) such text stands in the column
# the header names 备注 and is no cell (runtime/tables/remarkcol.c); text browsers set it apart as a
# column of their own. Prints wrap the remarks a few characters a line beside the rows: not read there
foreach(tool w3m elinks links2 lynx pandoc-gfm html2markdown word)
  nb_render_case(page_2021_remarks ${tool})
endforeach()
# page_2021 with table 三's 总计 written 合计 (its column and （七）合计): the template's label either way
# (grammar/include/table3.rei, runtime/tables/colorder.c)
foreach(tool w3m lynx pandoc-gfm html2markdown word word-pdf wkhtmltopdf pdftotext chromium-pdf)
  nb_render_case(page_2021_heji ${tool})
endforeach()
# page_word2021 with 无 written for every zero of table 三 (agencies do: a cell of its own, null as a
# dash is): printed, each row's run of numbers and 无s is its cells (runtime/read/colpieces.c none_cells)
foreach(tool wkhtmltopdf word)
  nb_render_case(page_word2021_none ${tool})
endforeach()
# a page saved from a spreadsheet (WPS / Excel "save as web page") with empty gutter columns: before
# the labels, between labels and counts, between groups (runtime/read/spacercol.c); 科研机构 a real
# column left blank under its header, kept. pandoc draws each gutter as a column of its table: dropped
# from the rows the drawn table is rewritten as (runtime/read/grid.c). html2markdown writes a row's own
# cells only, so its blank column and gutters cannot be told apart: left null (row-cells)
foreach(tool pandoc-gfm pandoc-md pandoc-plain pandoc-rst w3m lynx)
  nb_render_case(page_2023_spacer ${tool})
endforeach()
nb_render_case(page_2023_spacer word)
# a 统计表 folded into parts side by side (its header's columns twice, three times in one row), read
# part after part where the cells say each one's part: pandoc, w3m's drawn grid, Writer's .docx
# (runtime/tables/statistics_fold.c). The text browsers without borders and the prints are not read
# yet (their rows are lines of words: which part a word is in is not known there)
foreach(page page_legacy_folded page_legacy_folded3)
  foreach(tool pandoc-plain pandoc-gfm pandoc-rst w3m)
    nb_render_case(${page} ${tool})
  endforeach()
  nb_render_case(${page} word)
endforeach()
# a folded 统计表 whose cells are narrow (our own page, 14px): Writer's print breaks the header's words
# over three lines and the unit 万元 over two (万 / 元 around its row; the PDF reader sets 万 on the
# row's line, level with it as much as 元 is), both joined again (runtime/read/colfold.c)
foreach(tool word-pdf word-pdftotext)
  nb_render_case(page_legacy_folded_narrow ${tool})
endforeach()
# the same page at 15px (page_legacy_folded_wrapped, made by render.py), its labels too long for their cells: wrapped over two lines, each half's on
# its own, the rest of a label under its row's values (elinks at 80 columns, Writer's print read by the
# PDF reader) or the values centred between a label's lines (pdftotext -layout of Writer's print and of
# Chromium's on A5, over a page break; the PDF reader sets them on whichever label line they overlap
# most); each line of a label's piece read into its row (runtime/read/colfold.c)
foreach(tool elinks80 word-pdf word-pdftotext chromium-a5-pdf chromium-a5-pdftotext)
  nb_render_case(page_legacy_folded_wrapped ${tool})
endforeach()
# a page whose table 二 prints 第二十条第（一）项's columns in reverse order and whose table 三 prints 其他 before
# 法律服务机构, each value under its header (tests/renderings/spec/block_order.txt for table 二 alone): lynx
# prints the headers a cell a line and pdftotext -raw a label a piece a line, read joined (runtime/tables/
# headlabels.c). The PDF reader (wkhtmltopdf) leaves table 三 null (its stacked header's order is seen, not
# proved) and reads table 二 by position (its header's pieces glued on one line): not listed; nor is
# pdftotext's reading order (-flow), whose header pieces stand in no column's order
foreach(tool w3m lynx links2 elinks pandoc-gfm html2markdown pdftotext pdftotext-raw chromium-a5-pdftotext)
  nb_render_case(page_2022_colorder ${tool})
endforeach()
# the layouts' hard cases, input => expected cells
file(GLOB NB_RENDER_SPECS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec/*.txt)
foreach(spec IN LISTS NB_RENDER_SPECS)
  get_filename_component(name ${spec} NAME_WE)
  add_test(NAME renderings/spec/${name}
           COMMAND ${NB_PY} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/renderings spec ${spec}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endforeach()
# the page printed by a browser (Chromium headless at A5, and at A5 zoomed to 150%: each puts page
# breaks inside table 三 elsewhere), read by the PDF reader and by pdftotext -layout; at letter size
# for the pages whose table 三 a letter page breaks. Letter size and A4 landscape for every page are
# in `render.py table` (a Chromium run takes seconds: the ctest cases are the ones that break).
foreach(case page_2021:a5 page_2019:a5 crawl:a5 page_2021_narrow:a5 page_word2021:a5 crawl:letter page_word2021:letter)
  string(REPLACE ":" ";" pair ${case})
  list(GET pair 0 page)
  list(GET pair 1 size)
  if(size STREQUAL "a5")
    set(tools chromium-a5-pdf chromium-a5-pdftotext chromium-a5-zoom-pdftotext)
  else()
    set(tools chromium-pdf chromium-pdftotext)
  endif()
  foreach(tool IN LISTS tools)
    nb_render_case(${page} ${tool})
  endforeach()
endforeach()
# pages whose table 三 is wider than an A5 page at 150 %: Chromium's clip cuts 总计 away whole, the PDF
# reader writes … there (pdfopen.c) and reads 其他, closed by its drawn border
foreach(page page_2021 page_2021_narrow)
  nb_render_case(${page} chromium-a5-zoom-pdf)
endforeach()
# a Word page whose table 三 is wider still (461 pt): the clip runs through 法律服务机构, 其他 and 总计 past
# the edge; the header shows the first five columns, and the four before the edge are read (shorttotal.c)
foreach(tool chromium-a5-zoom-pdf chromium-a5-zoom-pdftotext)
  nb_render_case(page_word2021_wide ${tool})
endforeach()
# a WPS page whose table 三 is wider still (540 pt): the clip runs through 社会公益组织, whose values the
# PDF reader marks cut (21…); the header shows 自然人, 商业企业, 科研机构 whole and the values stand under
# them in the rows on one line (those rebuilt from wrapped labels say nothing): those three are read
nb_render_case(page_word2021_wider chromium-a5-zoom-pdf)
# a page whose tables are TAB-separated lines in a <pre> that wraps (white-space:pre-wrap), printed by
# Chromium at A5: a row's last cells wrap to the next line, and a page break falls before the wrapped
# part of table 四's row (pdftotext opens that line with a form feed, which takes no column: printed.c)
nb_render_case(page_2020_pre chromium-a5-pdftotext)
# a page whose table 二 has bold headings (Chromium draws the bold as a Type 3 font with glyph boxes
# 2.6 em tall) over rows set close, printed by Chromium at each size: the PDF reader's lines
foreach(tool chromium-pdf chromium-a5-pdf chromium-a4-landscape-pdf)
  nb_render_case(page_2021_bold ${tool})
endforeach()
# a page whose table 三 breaks each label after its marker (<br>), in narrow columns (4. / 保护第三方合
# / 法权益, the numbers level with the middle line; a group label's lines beside them), printed by
# wkhtmltopdf, by Chromium (at A5 a group label's cell is open at a page break) and by Writer
foreach(tool wkhtmltopdf chromium-pdf chromium-a5-pdf)
  nb_render_case(page_2021_br ${tool})
endforeach()
nb_render_case(page_2021_br word-pdf)
# a Word-made page with a narrow table 三: full-width digits and totals with their unit (件) wrapped in
# their cells, blank cells everywhere; printed by wkhtmltopdf and Chromium: never a wrong number
foreach(tool wkhtmltopdf chromium-pdf chromium-a5-pdf)
  nb_render_case(page_word2021_fw ${tool})
endforeach()
# an agency's attachment as Writer prints it: a running header and a page number (— 2 —) on every page,
# a page break between rows of table 三, its group label a character a line across the break
foreach(tool word-pdf word-pdftotext)
  nb_render_case(page_word2021_att ${tool})
endforeach()
# a 2019-edition page that prints table 四 as two tables (行政复议; 未经复议直接起诉 and 复议后起诉 with
# no 行政诉讼 over them): each part read where its header proves it (runtime/tables/rowparts.c)
foreach(tool w3m elinks links2 lynx pandoc-gfm pandoc-rst html2markdown wkhtmltopdf pdftotext pdftotext-raw)
  nb_render_case(page_2019_split4 ${tool})
endforeach()
# a 2021-edition page whose table 四 is an office's Word layout: 行政复议 | 行政诉讼 over two tables nested
# in the cells below them; reading order gives the header row, then each table whole (rowparts.c)
nb_render_case(page_2021_nested4 lynx)
nb_render_case(page_2021_nested4 word)
# the page itself: every check assessed (R4 over both parts) and holding
add_test(NAME checks/strict/page_2019_split4
         COMMAND $<TARGET_FILE:nianbao> check --strict --quiet ${CMAKE_CURRENT_SOURCE_DIR}/renderings/pages/page_2019_split4.html)
# page_word2021 with thousands separators in its tables (11,022): pandoc's grids break them in their
# narrow columns as 2 / ,110 (runtime/read/grid_number.c); text browsers write them whole, lynx a cell
# a line (a line holding 2,110 alone is a cell: syntax/stream_table.c, is_table_line)
foreach(tool pandoc-rst pandoc-md pandoc-plain pandoc-gfm w3m elinks links2 lynx html2markdown)
  nb_render_case(page_word2021_sep ${tool})
endforeach()
# a page whose tables are CSS div cells (display: table-row / table-cell: no colspan, a merged cell's
# text in its first cell): printed, table 四's fifteen values stand on one line under a header that
# names 行政诉讼 whole and 行政复议 in pieces (runtime/tables/rowparts.c); Writer makes the div cells
# paragraphs, a value a line, and its print's last values on a page are no page numbers
foreach(tool wkhtmltopdf pdftotext)
  nb_render_case(page_2022_divcells ${tool})
endforeach()
nb_render_case(page_2022_divcells word-pdf)
# a filed report as its reporting system shows it, each count a read-only text box (page_2021_fields):
# saved to .docx and printed by Writer, each count is a PDF text field, whose value the PDF reader
# reads in the field's box (runtime/read/pdfform.c)
nb_render_case(page_2021_fields word-pdf)
# the same page in the text browsers that show a box's value (w3m [115 ], lynx 115_): read as the number
# (runtime/read/formbox.c); with boxes 3 characters wide (page_2021_fields3) a value that fills its box
# may be cut, and its cells stay null (expect/page_2021_fields3.*.txt): never a cut number
foreach(page page_2021_fields page_2021_fields3)
  foreach(tool w3m lynx)
    nb_render_case(${page} ${tool})
  endforeach()
endforeach()
# the Word cases' fixture: every page's document, then the prints, each by one soffice run
get_property(nb_word_pages GLOBAL PROPERTY NB_WORD_PAGES)
get_property(nb_word_printed GLOBAL PROPERTY NB_WORD_PRINTED)
list(REMOVE_DUPLICATES nb_word_pages)
list(REMOVE_DUPLICATES nb_word_printed)
add_test(NAME renderings/word-prepare
         COMMAND ${NB_PY} ${NB_RENDER_PY} --nianbao $<TARGET_FILE:nianbao>
                 --work ${CMAKE_CURRENT_BINARY_DIR}/renderings prepare-word ${nb_word_pages} --pdf ${nb_word_printed}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(renderings/word-prepare PROPERTIES FIXTURES_SETUP word_renderings
                     RESOURCE_LOCK libreoffice TIMEOUT 1200)
