# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
#
# Turns the released sections of CHANGELOG.md (Keep a Changelog style) into AppStream
# <release> elements, so the metainfo never disagrees with the changelog.
#
#   shenbao_changelog_releases(<CHANGELOG.md> <out_xml_var> <out_newest_version_var>)
#
# Reads "## [x.y.z] - YYYY-MM-DD" headings (others, e.g. "## [Unreleased]", end a release and
# are skipped), "### Added"-style sections, "- " bullets and their indented continuation lines.
# Backticks become <code>, ** and * emphasis is dropped; &, < and > are escaped.

function(_shenbao_changelog_inline text out_var)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  string(REPLACE "**" "" text "${text}")
  string(REGEX REPLACE "`([^`]*)`" "<code>\\1</code>" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

function(shenbao_changelog_releases changelog out_xml out_newest)
  file(READ "${changelog}" content)
  # CMake lists split on ';' and treat '[' ']' specially: park them while splitting lines.
  string(REPLACE ";" "@SEMI@" content "${content}")
  string(REPLACE "[" "@LB@" content "${content}")
  string(REPLACE "]" "@RB@" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")

  set(xml "")
  set(newest "")
  set(in_release FALSE)
  set(section "")
  set(items "")      # <li> lines of the current section
  set(body "")       # <p>/<ul> lines of the current release
  set(bullet "")
  set(i "        ")  # indentation of <p>/<ul> inside <release><description>

  # Flushing is written out inline (no macros: they would re-expand the parked text).
  foreach(line IN LISTS lines ITEMS "@END@")
    set(starts_release FALSE)
    set(ends_release FALSE)
    set(starts_section FALSE)
    set(starts_bullet FALSE)
    if(line MATCHES "^## @LB@([^@]+)@RB@ - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
      set(starts_release TRUE)
      set(next_version "${CMAKE_MATCH_1}")
      set(next_date "${CMAKE_MATCH_2}")
    elseif(line MATCHES "^## " OR line STREQUAL "@END@")
      set(ends_release TRUE)
    elseif(in_release AND line MATCHES "^### +(.+)$")
      set(starts_section TRUE)
      set(next_section "${CMAKE_MATCH_1}")
    elseif(in_release AND line MATCHES "^- +(.+)$")
      set(starts_bullet TRUE)
      set(next_bullet "${CMAKE_MATCH_1}")
    elseif(in_release AND NOT bullet STREQUAL "" AND line MATCHES "^  +(.+)$")
      string(APPEND bullet " ${CMAKE_MATCH_1}")
      continue()
    elseif(line MATCHES "^ *$")
      # a blank line ends a bullet
    else()
      continue()
    endif()

    # Close what the line ends: the bullet, then the section, then the release.
    if(NOT bullet STREQUAL "")
      string(REPLACE "@SEMI@" ";" bullet "${bullet}")
      string(REPLACE "@LB@" "[" bullet "${bullet}")
      string(REPLACE "@RB@" "]" bullet "${bullet}")
      _shenbao_changelog_inline("${bullet}" bullet)
      string(APPEND items "${i}  <li>${bullet}</li>\n")
      set(bullet "")
    endif()
    if(starts_section OR starts_release OR ends_release)
      if(NOT items STREQUAL "")
        if(NOT section STREQUAL "")
          _shenbao_changelog_inline("${section}" heading)
          string(APPEND body "${i}<p>${heading}:</p>\n")
        endif()
        string(APPEND body "${i}<ul>\n${items}${i}</ul>\n")
      endif()
      set(items "")
      set(section "")
    endif()
    if((starts_release OR ends_release) AND in_release)
      if(body STREQUAL "")
        string(APPEND xml "    <release version=\"${version}\" date=\"${date}\"/>\n")
      else()
        string(APPEND xml "    <release version=\"${version}\" date=\"${date}\">\n"
                          "      <description>\n${body}      </description>\n"
                          "    </release>\n")
      endif()
      set(body "")
      set(in_release FALSE)
    endif()

    if(starts_release)
      set(in_release TRUE)
      set(version "${next_version}")
      set(date "${next_date}")
      if(newest STREQUAL "")
        set(newest "${version}")
      endif()
    elseif(starts_section)
      set(section "${next_section}")
    elseif(starts_bullet)
      set(bullet "${next_bullet}")
    endif()
  endforeach()

  string(REGEX REPLACE "\n$" "" xml "${xml}")
  set(${out_xml} "${xml}" PARENT_SCOPE)
  set(${out_newest} "${newest}" PARENT_SCOPE)
endfunction()
