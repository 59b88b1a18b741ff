#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gc::cli {

class CliContext;

/// One subcommand's command line: its own options, the global ones, --help,
/// and positional arguments counted exactly. Parse errors are UsageError.
class CliCommand final
{
public:
    /// `words` is the command as typed ("tenants list"); `withStore` false for
    /// commands that name their store differently (demo --out).
    CliCommand(CliContext& context, QString words, QString description, bool withStore = true);
    Q_DISABLE_COPY_MOVE(CliCommand)

    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    /// A required positional argument; required ones come first.
    void addPositional(const QString& name, const QString& description);
    /// An optional trailing positional argument.
    void addOptionalPositional(const QString& name, const QString& description, const QString& syntax);
    /// Accepts `count` more trailing words that the command checks itself.
    void allowMorePositionals(int count) { m_optional += count; }
    /// Lines appended to --help (examples, accepted values).
    void setEpilog(const QString& text) { m_epilog = text; }

    /// Parses the arguments after the command words. False when --help was
    /// printed (the command then ends successfully).
    bool parse(const QStringList& args);

    [[nodiscard]] const QString& words() const { return m_words; }
    [[nodiscard]] int positionalCount() const { return int(m_positional.size()); }
    [[nodiscard]] QString positional(int index) const { return m_positional.value(index); }
    [[nodiscard]] bool isSet(const QString& option) const { return m_parser.isSet(option); }
    [[nodiscard]] QString value(const QString& option) const { return m_parser.value(option); }
    [[nodiscard]] QStringList values(const QString& option) const { return m_parser.values(option); }
    /// The option's value as a whole number in [min, max]; nullopt when not given.
    [[nodiscard]] std::optional<qint64> integer(const QString& option, qint64 min, qint64 max) const;
    /// The option's value as an instant in ms since the epoch: an ISO 8601 date
    /// (midnight) or date and time, UTC when no zone is given; UsageError otherwise.
    [[nodiscard]] qint64 instant(const QString& option) const;
    /// A required option's value; UsageError when missing or empty.
    [[nodiscard]] QString required(const QString& option) const;
    /// A whole number given as positional argument `index` (record ids).
    [[nodiscard]] qint64 positionalId(int index) const;

    [[nodiscard]] QString helpText() const;

private:
    CliContext& m_context;
    QString m_words;
    QString m_epilog;
    QCommandLineParser m_parser;
    bool m_withStore;
    int m_required = 0;
    int m_optional = 0;
    QStringList m_positional;
};

/// An action of an area command ("list" of "tenants").
struct CliAction
{
    QString name;
    QString summary;
    /// Gets the action's command line (to add options to and parse) and the
    /// arguments after the action name.
    std::function<int(CliContext&, CliCommand&, const QStringList&)> run;
};

/// Picks the action named by args[0] and runs it with the rest; prints the
/// area's help for no action or --help.
int runArea(CliContext& context, const QString& area, const QString& description,
    const QList<CliAction>& actions, const QStringList& args);

/// The exit-code section of every --help.
QString exitCodesHelp();

} // namespace gc::cli
