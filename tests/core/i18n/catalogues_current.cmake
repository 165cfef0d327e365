# SPDX-FileCopyrightText: 2026 Dialogsmith contributors
# SPDX-License-Identifier: Apache-2.0
#
# cmake -DSOURCE_DIR=... -DWORK_DIR=... -DLUPDATE=... -DLCONVERT=... -DLUPDATE_PROJECT_IN=...
#       -DGENERATE_PROJECT=... -DCATALOGUE_TEST=... -P catalogues_current.cmake
#
# Runs lupdate over today's sources into copies of the shipped catalogues, then checks the copies with
# catalogue_test: a tr() string added or changed without its translations fails here, even when nobody ran
# update_translations. The checkout's own .ts files are never written.
foreach(var SOURCE_DIR WORK_DIR LUPDATE LCONVERT LUPDATE_PROJECT_IN GENERATE_PROJECT CATALOGUE_TEST)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(code de id zh_CN en)
    file(COPY_FILE "${SOURCE_DIR}/translations/dialogsmith_${code}.ts" "${WORK_DIR}/dialogsmith_${code}.ts")
    list(APPEND copies "${WORK_DIR}/dialogsmith_${code}.ts")
endforeach()

execute_process(
    COMMAND ${CMAKE_COMMAND} -DIN_FILE=${LUPDATE_PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
        -P ${GENERATE_PROJECT}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot make the lupdate project (${rc})")
endif()
# -ts replaces the project's catalogues with the copies.
execute_process(
    COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json -no-obsolete -locations none -silent -ts ${copies}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
# English is the source language: its catalogue keeps only the plural forms, as update_translations makes it.
execute_process(
    COMMAND ${LCONVERT} -pluralonly -i ${WORK_DIR}/dialogsmith_en.ts -o ${WORK_DIR}/dialogsmith_en.ts
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lconvert failed (${rc})")
endif()

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DIALOGSMITH_TRANSLATIONS_DIR=${WORK_DIR} ${CATALOGUE_TEST}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The catalogues are behind the sources: run the update_translations target and "
                        "translate what it marks unfinished (docs/development.md, Translations).")
endif()
