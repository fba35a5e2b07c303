# SecretStore against a real gnome-keyring: run inside tests/with-session.sh (the scenarios that
# lock or stop the keyring start their own private session through it).
xynap_add_test(tst_secretstore SOURCES integration/tst_secretstore.cpp LIBS xynap_core LABELS integration)
