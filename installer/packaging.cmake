# installer: what `cmake --install` puts where, and the Debian package CPack
# builds from it (`cpack -G DEB` in the build tree → commonground_<version>_<arch>.deb).
# The executables' own install() rules sit beside them in src/app and src/cli;
# this file installs the shared resources, the desktop integration (entry,
# icons, AppStream metainfo), the man pages and the Debian documentation, and
# sets up CPack. Included from the top-level CMakeLists.txt after src/, so that
# CPack sees every install rule and writes CPackConfig.cmake at the top of the
# build tree.

# The program finds its resources at <bin>/../share/commonground/<folder>
# (src/resources/resource_location.cpp), a layout fixed in the code and
# relative to the executable so that an unpacked package runs from anywhere.
# Another bin or data directory would install a program that cannot start.
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "bin" OR NOT CMAKE_INSTALL_DATADIR STREQUAL "share")
  message(FATAL_ERROR
    "CommonGround looks for its resources in ../share/commonground beside its executable; "
    "CMAKE_INSTALL_BINDIR must be 'bin' (is '${CMAKE_INSTALL_BINDIR}') and "
    "CMAKE_INSTALL_DATADIR must be 'share' (is '${CMAKE_INSTALL_DATADIR}').")
endif()

set(CG_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(CG_SHARE_DIR "${CMAKE_INSTALL_DATADIR}/commonground")

# Data files are 0644 whatever the source checkout's modes are (lintian:
# executable-not-elf-or-script); directories are set in install_dirs.cmake.
set(cg_data_permissions OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# --- Resources, mirroring the source tree below share/commonground ---------
install(DIRECTORY "${CG_SOURCE_DIR}/forms/" DESTINATION "${CG_SHARE_DIR}/forms"
  FILE_PERMISSIONS ${cg_data_permissions}
  FILES_MATCHING PATTERN "*.xrc")
# reports/ holds the document templates, the clause library (clauses/) and
# the README that explains how a firm writes its own template.
install(DIRECTORY "${CG_SOURCE_DIR}/reports/" DESTINATION "${CG_SHARE_DIR}/reports"
  FILE_PERMISSIONS ${cg_data_permissions})
foreach(folder catalogs samples schema)
  install(DIRECTORY "${CG_SOURCE_DIR}/data/${folder}/" DESTINATION "${CG_SHARE_DIR}/data/${folder}"
    FILE_PERMISSIONS ${cg_data_permissions})
endforeach()

# --- Desktop integration ---------------------------------------------------
install(FILES "${CG_INSTALLER_DIR}/commonground.desktop"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" PERMISSIONS ${cg_data_permissions})
install(FILES "${CG_INSTALLER_DIR}/io.commonground.CommonGround.metainfo.xml"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" PERMISSIONS ${cg_data_permissions})
install(FILES "${CG_INSTALLER_DIR}/icons/commonground.svg"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" PERMISSIONS ${cg_data_permissions})
# The PNGs are drawn from the SVG by installer/icons/render-pngs.sh.
foreach(size 16 32 48 64 128 256)
  install(FILES "${CG_INSTALLER_DIR}/icons/commonground-${size}.png"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
    RENAME commonground.png PERMISSIONS ${cg_data_permissions})
endforeach()

# --- Man pages and Debian documentation -------------------------------------
# Debian wants man pages and changelogs compressed with gzip -9n: -n leaves
# the name and time stamp out, so the package is reproducible.
find_program(CG_GZIP gzip REQUIRED)
set(cg_compressed "")
foreach(source commonground.1 commonground-cli.1 changelog)
  set(target "${source}.gz")
  add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/installer/${target}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${CG_INSTALLER_DIR}/${source}" "${CMAKE_BINARY_DIR}/installer/${source}"
    COMMAND "${CG_GZIP}" -9nf "${CMAKE_BINARY_DIR}/installer/${source}"
    DEPENDS "${CG_INSTALLER_DIR}/${source}"
    COMMENT "Compressing ${source}"
    VERBATIM)
  list(APPEND cg_compressed "${CMAKE_BINARY_DIR}/installer/${target}")
endforeach()
# Everything the package holds that a build produces, so that one target
# (the installer test's fixture builds it) makes the tree ready for cpack.
add_custom_target(cg_package_files ALL DEPENDS ${cg_compressed})
add_dependencies(cg_package_files commonground commonground-cli)

install(FILES "${CMAKE_BINARY_DIR}/installer/commonground.1.gz" "${CMAKE_BINARY_DIR}/installer/commonground-cli.1.gz"
  DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" PERMISSIONS ${cg_data_permissions})
# CommonGround is its own upstream (a "native" package: the version has no
# Debian revision), so its one changelog is changelog.gz. Not
# CMAKE_INSTALL_DOCDIR: that is named after the project, CommonGround, and
# Debian wants the package's name.
install(FILES "${CMAKE_BINARY_DIR}/installer/changelog.gz" "${CG_INSTALLER_DIR}/copyright"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/commonground" PERMISSIONS ${cg_data_permissions})

# --- The Debian package -------------------------------------------------------
set(CG_PACKAGE_MAINTAINER "CommonGround maintainers <maintainers@users.noreply.h-seed-890c9f78.example>"
  CACHE STRING "Maintainer field of the Debian package (a firm repackaging it puts its own here)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME commonground)
set(CPACK_PACKAGE_VENDOR "CommonGround")
set(CPACK_PACKAGE_CONTACT "${CG_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case workspace for mediating cyber-incident disputes")
# CPack indents this and turns the empty line into Debian's " ." paragraph break.
set(CPACK_PACKAGE_DESCRIPTION
"CommonGround is a desktop suite for mediators who settle disputes between
businesses after a cyber-security incident: a small business and its managed
service provider, a company and its cloud vendor, a firm and its insurer.

The mediator records the parties, their interests, the contract clauses and
the breach facts; CommonGround turns the blame into a shared-interest
worksheet and an interest map, tracks sessions, offers and losses, and drafts
the settlement agreement, term sheet and party handouts as PDF. The package
holds the desktop program (commonground) and the command line
(commonground-cli). Nothing it produces is legal advice.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps derives the library packages (wxWidgets, SOCI, libharu...)
# from the executables; the fonts are read as files at run time, so no tool
# can find them: the PDFs embed DejaVu Sans and Serif from
# /usr/share/fonts/truetype/dejavu (src/report/font_book.cpp), whose italic
# serif faces are in fonts-dejavu-extra.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-dejavu-extra")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

include(CPack)

# --- Translations ---------------------------------------------------------------
# The catalogs src/app compiles (cg_translations, built with commonground)
# go where src/app/translations.cpp looks from the installed executable,
# <bin>/../share/locale/<lang>/LC_MESSAGES/commonground.mo: the system's
# locale tree, which is also where wxWidgets' own catalogs (wxstd) are.
file(GLOB cg_translation_sources "${CG_SOURCE_DIR}/data/translations/*.po")
foreach(po IN LISTS cg_translation_sources)
  get_filename_component(lang "${po}" NAME_WE)
  install(FILES "${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES/commonground.mo"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/locale/${lang}/LC_MESSAGES" PERMISSIONS ${cg_data_permissions})
endforeach()

# The user guide and the start page (Help menu, first start), found by the
# program below share/commonground/data/help like the other data folders.
install(DIRECTORY "${CG_SOURCE_DIR}/data/help/" DESTINATION "${CG_SHARE_DIR}/data/help"
  FILE_PERMISSIONS ${cg_data_permissions})
