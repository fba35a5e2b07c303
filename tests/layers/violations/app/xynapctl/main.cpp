// The CLI's entry point including the GUI.
#include "cli/Cli.h"
#include "ui/mainwindow/MainWindow.h"
