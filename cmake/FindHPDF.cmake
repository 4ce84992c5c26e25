# Debian's libhpdf-dev (libharu 2.3) ships no CMake config; expose HPDF::hpdf.
find_path(HPDF_INCLUDE_DIR NAMES hpdf.h)
find_library(HPDF_LIBRARY NAMES hpdf)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(HPDF REQUIRED_VARS HPDF_INCLUDE_DIR HPDF_LIBRARY)

if(HPDF_FOUND AND NOT TARGET HPDF::hpdf)
  add_library(HPDF::hpdf UNKNOWN IMPORTED)
  set_target_properties(HPDF::hpdf PROPERTIES
    IMPORTED_LOCATION "${HPDF_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")
endif()
mark_as_advanced(HPDF_INCLUDE_DIR HPDF_LIBRARY)
