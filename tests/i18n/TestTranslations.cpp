// Runs lupdate over every layer's sources into a copy of each committed
// catalogue and checks that every string the console shows has a finished
// translation whose placeholders match the source: every string in German,
// every plural string ("%n tenant(s)") in English.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (current.numerus) {
                    while (xml.readNextStartElement())
                        current.numerusForms << xml.readElementText();
                } else {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << current;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> set;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        set.insert(it.next().captured().remove(QLatin1Char('L')));
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    void checkCatalogue(const QString& name, const QStringList& options, int atLeast)
    {
        const QString sourceDir = QStringLiteral(GC_SOURCE_DIR);
        const QString committed = sourceDir + QStringLiteral("/translations/") + name;
        QVERIFY2(QFile::exists(committed), qPrintable(committed));

        QTemporaryDir tmp;
        const QString scanned = tmp.filePath(name);
        QVERIFY(QFile::copy(committed, scanned));
        QFile::setPermissions(scanned, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args;
        for (const char* layer : {"models", "widgets", "ui", "app"})
            args << sourceDir + u'/' + QLatin1String(layer);
        args << QStringLiteral("-extensions") << QStringLiteral("cpp,h,ui") << QStringLiteral("-no-obsolete")
             << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-silent") << options
             << QStringLiteral("-ts") << scanned;
        lupdate.start(QStringLiteral(GC_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Message> messages = readTs(scanned);
        QVERIFY2(messages.size() >= atLeast, "lupdate found almost no strings; is the scan pointing at the sources?");
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("untranslated ") + where;
                continue;
            }
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const QString& t : forms) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation for ") + where;
                else if (placeholders(t) != placeholders(m.source) && !m.numerus)
                    problems << QStringLiteral("placeholders differ in ") + where;
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QString::number(problems.size()) + QStringLiteral(" problems:\n")
                             + problems.mid(0, 40).join(u'\n')));
    }

private slots:
    void germanCatalogueIsComplete()
    {
        checkCatalogue(QStringLiteral("geoconsole_de.ts"), {}, 50);
    }

    void englishPluralsAreComplete()
    {
        checkCatalogue(QStringLiteral("geoconsole_en.ts"), { QStringLiteral("-pluralonly") }, 5);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
