# Tables in aligned columns (issue 16, runtime/columns.c): spec files and renderings.
add_executable(columns_dump ${CMAKE_CURRENT_SOURCE_DIR}/renderings/aligned/columns_dump.c)
target_link_libraries(columns_dump PRIVATE nb_internal)

# the spec files: readable input => expected rows
add_test(NAME renderings/aligned/spec
         COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/run.py $<TARGET_FILE:columns_dump>
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/adversarial.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_cells.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_cells_own_page.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_cells_page_shift.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_cells_two_references.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_total_tabbed.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_total_tabbed_page_break.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/blank_total_tabbed_wrapped.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/card_pairs.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/cut_digit_a_line.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/cut_digit_a_line_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/cut_digit_a_line_raw.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/display_width.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/header_over_narrow_column.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/header_blank_column.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/header_repeated.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/folded_unit_on_row_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/folded_unit_over_row_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/lynx_flow.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/lynx_flow_blank_cell.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/lone_number_row.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/marker_half_width.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/note_cell.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/note_stacked.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/note_stacked_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/note_wrapped_around.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/note_beside_row.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/numeral_cell_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/numeral_cell_pdf_not.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_foot_raw.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break_head_above.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break_split.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break_split_centred.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break_split_not.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/page_break_split_rows.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/pdf_reader.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/pdf_reader_cut.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/pdf_wrapped_centred.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/raw_one_blank_apart.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/rowspan_groups.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/statistics_rows.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/statistics_label_wrapped.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/signed_below_table.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/table4_header.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/tail_below_row.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/values_go_on.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/values_go_on_not.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/values_go_on_pdf.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/values_go_on_right.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/values_above_labels.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_label.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_label_no_blank_lines.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_adversarial.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_fullwidth.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_fullwidth_not.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_ambiguous.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_around.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/wrapped_number_around_adversarial.txt
                 ${CMAKE_CURRENT_SOURCE_DIR}/renderings/spec_aligned/spaced_label.txt)

# the test pages in lynx, nianbao's PDF reader and pdftotext -layout, at three page sizes
foreach(page page_2021 page_2019 page_legacy page_legacy_county crawl page_2021_narrow)
  add_test(NAME renderings/aligned/${page}
           COMMAND ${NB_PY} ${CMAKE_CURRENT_SOURCE_DIR}/renderings/aligned/check.py
                   --nianbao $<TARGET_FILE:nianbao> --work ${CMAKE_CURRENT_BINARY_DIR}/renderings_aligned ${page})
  set_tests_properties(renderings/aligned/${page} PROPERTIES SKIP_RETURN_CODE 77 LABELS renderings)
endforeach()
