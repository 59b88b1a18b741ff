#pragma once

#include "export/ExportCell.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

#include <optional>
#include <span>
#include <vector>

class QAbstractItemModel;
class QModelIndex;

namespace gc {

/// How one column of a pane's table is exported (ExportTableSnapshot::take).
struct ExportTableColumn
{
    int column = 0; ///< the model's column
    /// The output column's name, an identifier ([a-z_][a-z0-9_]*). Empty: made
    /// from the header's text (accents dropped, lower case, anything else "_";
    /// "column_<n>" when nothing is left). Names are made unique with "_2", "_3".
    QString name;
    /// The role that holds the column's typed value. -1: Qt::EditRole where the
    /// model gives one, Qt::DisplayRole otherwise.
    int role = -1;
    /// The output type. nullopt: inferred from the values' types (see take()).
    std::optional<ExportType> type;
    /// For a Timestamp column whose role gives numbers: milliseconds per unit
    /// (1000 when the model gives seconds since the epoch).
    qint64 timestampUnitMs = 1;
    /// Where set, gives the value of a cell (of the model take() reads)
    /// instead of `role`: for models that show only formatted text of a value
    /// the caller can reach.
    std::function<QVariant(const QModelIndex&)> value;
};

/// The rows a pane shows, read once from the item model its view shows (the
/// proxy, when the view sorts or filters through one), as typed export
/// columns and cells for the export writers (docs/export.md, "Exporting what
/// a pane shows"). Panes show small tables (all rows are in memory anyway), so
/// the snapshot holds every value.
///
/// Types: a column without a given type takes the type of its values
/// (QVariant's): bool → Boolean; any integer → Integer; float and double (or
/// integers mixed with them) → Double; QDateTime and QDate (midnight UTC) →
/// Timestamp; anything else, or a mix, → Text (QVariant::toString()). A value
/// that is not valid (QVariant()) or an invalid date is NULL, and a column
/// with a NULL is nullable. A column with a given type converts each value to
/// it (text that reads as the type included) and refuses one that does not
/// convert: DomainError(Invalid) naming the row and the column.
class ExportTableSnapshot final
{
public:
    ExportTableSnapshot() = default;

    /// Reads `columns` (in this order) of `rows` (rows of `model` at the root,
    /// in this order; nullopt = every row in the model's order). Throws
    /// DomainError(Invalid, field "columns") for no columns or a column the
    /// model does not have, and as described above.
    static ExportTableSnapshot take(const QAbstractItemModel& model, const QList<ExportTableColumn>& columns,
        const std::optional<QList<int>>& rows = std::nullopt);

    /// An identifier for an output column made from a header's text ("Last
    /// sign-in" → "last_sign_in", "Créé" → "cree"); empty when no letter or
    /// digit is left.
    static QString columnName(const QString& headerText);

    [[nodiscard]] const ExportColumns& columns() const { return m_columns; }
    [[nodiscard]] qsizetype rowCount() const { return m_rows; }
    /// One cell per column; text cells stay valid as long as the snapshot.
    [[nodiscard]] std::span<const ExportCell> row(qsizetype index) const
    {
        return { m_cells.data() + index * m_columns.size(), std::size_t(m_columns.size()) };
    }

private:
    ExportColumns m_columns;
    qsizetype m_rows = 0;
    std::vector<ExportCell> m_cells; ///< row after row
    std::vector<QByteArray> m_texts; ///< the UTF-8 the text cells point into
};

} // namespace gc
