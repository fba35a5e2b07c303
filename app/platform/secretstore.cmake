# SecretStore: the console's secrets in the system keychain (QtKeychain over the Secret Service).
# Included from app/CMakeLists.txt after xynap_core is defined.
target_sources(xynap_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h)
target_link_libraries(xynap_core PUBLIC Qt6Keychain::Qt6Keychain)
