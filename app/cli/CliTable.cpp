#include "CliTable.h"

#include "CliOutput.h"

namespace gc::cli {

CliTable::CliTable(QStringList headers)
    : m_headers(std::move(headers))
{ }

void CliTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

void CliTable::print(const QString& emptyText) const
{
    if (m_rows.isEmpty()) {
        printLine(emptyText);
        return;
    }
    QList<int> widths;
    for (const QString& h : m_headers)
        widths << displayWidth(h);
    for (const QStringList& row : m_rows) {
        for (int c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    const auto printRow = [&](const QStringList& cells) {
        QString line;
        for (int c = 0; c < widths.size(); ++c) {
            const bool last = c == widths.size() - 1;
            const bool right = m_right.contains(c);
            // No trailing blanks after a left-aligned last column.
            line += (last && !right) ? cells.at(c) : padded(cells.at(c), widths[c], right);
            if (!last)
                line += QStringLiteral("  ");
        }
        out() << line << '\n';
    };
    printRow(m_headers);
    for (const QStringList& row : m_rows)
        printRow(row);
    out().flush();
}

} // namespace gc::cli
