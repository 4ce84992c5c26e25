# Where `cmake --install` and the Debian package put things, set before src/
# so that every install() rule, the executables' included, sees the same
# choices. installer/packaging.cmake holds the rules and CPack.
include(GNUInstallDirs)

# Debian policy wants 0755 directories whatever the builder's umask is;
# lintian reports anything else (non-standard-dir-perm).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
