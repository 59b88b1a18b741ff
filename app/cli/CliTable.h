#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace gc::cli {

/// A plain-text table for list commands: a header row and columns padded to
/// the widest cell in display columns, so accented and wide characters line up.
class CliTable final
{
public:
    explicit CliTable(QStringList headers);
    /// Numbers read better right-aligned.
    void alignRight(int column) { m_right.insert(column); }
    void addRow(QStringList cells);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    /// Prints to stdout; an empty table prints `emptyText` instead.
    void print(const QString& emptyText) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QSet<int> m_right;
};

} // namespace gc::cli
