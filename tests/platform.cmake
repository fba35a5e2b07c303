# Tests of core/platform: the Platform API client against the sandbox and over TLS, and the
# secret store.

xynap_add_test(tst_apiclient
    SOURCES integration/tst_apiclient.cpp
    LIBS xynap_sandbox
    LABELS integration)

# HTTPS with the profile's CA file or public-key pin (fixtures in tests/data/tls).
xynap_add_test(tst_apitls SOURCES integration/tst_apitls.cpp
    LIBS xynap_sandbox LABELS integration)

# SecretStore against a real gnome-keyring: run inside tests/with-session.sh (the scenarios that
# lock or stop the keyring start their own private session through it).
xynap_add_test(tst_secretstore SOURCES integration/tst_secretstore.cpp LIBS xynap_core LABELS integration)

# The connection rules and the credential precedence (platform::ConnectionRules,
# CredentialResolver), against the real keyring of tests/with-session.sh.
xynap_add_test(tst_connectionservice SOURCES integration/tst_connectionservice.cpp
    LIBS xynap_core LABELS integration)

# Big blocks freed are given back to the system (glibc's mmap threshold kept fixed).
xynap_add_test(tst_processmemory SOURCES unit/tst_processmemory.cpp LIBS xynap_core LABELS unit)
