# regen.cmake — writes the C that re2c and bison generate from grammar/ into OUT_DIR.
#   cmake -DSRC=<source dir> -DOUT_DIR=<dir> -DRE2C=<re2c> -DBISON=<bison> -P cmake/regen.cmake
# grammar/a/b.re → OUT_DIR/a/b.c; grammar/a/b.y → OUT_DIR/a/b.c and OUT_DIR/a/b.h.
# Tools run from OUT_DIR with relative names, without #line directives, generation date or tool
# version, so the output depends on the grammar alone and gen/ diffs are reproducible.
foreach(var SRC OUT_DIR RE2C BISON)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "regen.cmake needs -D${var}=…")
  endif()
endforeach()

file(GLOB_RECURSE lexers RELATIVE "${SRC}/grammar" "${SRC}/grammar/*.re")
file(GLOB_RECURSE parsers RELATIVE "${SRC}/grammar" "${SRC}/grammar/*.y")
list(SORT lexers)
list(SORT parsers)

foreach(rel IN LISTS lexers)
  string(REGEX REPLACE "\\.re$" ".c" out "${rel}")
  get_filename_component(dir "${OUT_DIR}/${out}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  execute_process(
    COMMAND "${RE2C}" -W -Werror --no-generation-date --no-version -i -8 --input-encoding utf8 -I "${SRC}/grammar"
            "${SRC}/grammar/${rel}" -o "${out}"
    WORKING_DIRECTORY "${OUT_DIR}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "re2c failed on grammar/${rel}")
  endif()
  # re2c names its input in a comment; keep only the path inside the project
  file(READ "${OUT_DIR}/${out}" text)
  string(REPLACE "${SRC}/" "" text "${text}")
  file(WRITE "${OUT_DIR}/${out}" "${text}")
endforeach()

foreach(rel IN LISTS parsers)
  string(REGEX REPLACE "\\.y$" "" base "${rel}")
  get_filename_component(dir "${OUT_DIR}/${base}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  execute_process(
    COMMAND "${BISON}" -Wall -Werror -l -o "${base}.c" "--header=${base}.h" "${SRC}/grammar/${rel}"
    WORKING_DIRECTORY "${OUT_DIR}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bison failed on grammar/${rel}")
  endif()
  foreach(ext c h)
    file(READ "${OUT_DIR}/${base}.${ext}" text)
    string(REPLACE "${SRC}/" "" text "${text}")
    file(WRITE "${OUT_DIR}/${base}.${ext}" "${text}")
  endforeach()
endforeach()
