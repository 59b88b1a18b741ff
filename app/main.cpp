// Chooses the application object from the arguments before creating it: the
// command line runs on QCoreApplication (no display needed), the console
// window on QApplication.
#include "AppSetup.h"
#include "GuiLaunch.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    gc::markMainEntered();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto plan = gc::cli::Cli::plan(args);
    if (plan.gui) {
        QApplication app(argc, argv);
        gc::setUpApplication(plan.lang);
        return gc::runGui(app);
    }
    if (plan.fonts) {
        // PDF layout needs the font database of a QGuiApplication; the
        // offscreen platform provides it without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        gc::setUpApplication(plan.lang);
        return gc::cli::Cli::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    gc::setUpApplication(plan.lang);
    return gc::cli::Cli::run(QCoreApplication::arguments());
}
