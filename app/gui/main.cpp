// rightresponse: the dispatch console.

#include "demofeed.h"
#include "domain/rulesetloader.h"
#include "items/calltablemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rightresponse"));
    QApplication::setApplicationDisplayName(QStringLiteral("RightResponse"));
    QApplication::setApplicationVersion(QStringLiteral(RR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("RightResponse dispatch console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Demo mode: simulated live calls.")});
    parser.addOption({QStringLiteral("rules"), QStringLiteral("Rule set JSON file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the simulated calls."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Milliseconds between simulated calls."),
                      QStringLiteral("MS"), QStringLiteral("4000")});
    parser.process(app);

    const QString rulesFile = parser.value(QStringLiteral("rules"));
    const rr::RuleSetResult loaded =
        rulesFile.isEmpty() ? rr::RuleSetLoader::loadBuiltIn() : rr::RuleSetLoader::loadFile(rulesFile);
    if (const auto *e = std::get_if<rr::RuleSetError>(&loaded)) {
        QMessageBox::critical(nullptr, QStringLiteral("RightResponse"), e->toString());
        return 2;
    }
    const auto rules = std::get<std::shared_ptr<const rr::RuleSet>>(loaded);

    rr::CallTableModel calls;
    rr::MainWindow window(&calls);
    window.setStatusText(QObject::tr("Rules: %1 (version %2)").arg(rules->name, rules->version));

    rr::DemoFeed feed(&calls, rules, parser.value(QStringLiteral("seed")).toULongLong());
    if (parser.isSet(QStringLiteral("demo"))) {
        window.setWindowTitle(QObject::tr("RightResponse \u2014 DEMO (simulated calls)"));
        feed.start(40, qMax(200, parser.value(QStringLiteral("interval")).toInt()));
    }
    window.show();
    return app.exec();
}
