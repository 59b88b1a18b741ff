#pragma once

#include "export/ExportCell.h"
#include "export/ExportSourcePlan.h"

#include <QByteArray>

#include <memory>
#include <span>

namespace gc {

class Session;
class Store;

/// The rows of one planned export, read on connections of the reader's own
/// (so it may run on a background thread). Text cells of row() are valid
/// until the next call to next().
class ExportSourceReader
{
public:
    virtual ~ExportSourceReader() = default;

    /// Rows the export will give (for progress and ETA); counted on the same
    /// snapshot the rows come from where the source allows it.
    [[nodiscard]] virtual qint64 count() = 0;
    /// Advances to the next row; false after the last. StoreError on failure,
    /// StoreError(Interrupted) after interrupt().
    virtual bool next() = 0;
    /// The current row: one cell per plan column, in plan order.
    [[nodiscard]] virtual std::span<const ExportCell> row() const = 0;
    /// Cancels a running query from another thread.
    virtual void interrupt() = 0;

    /// A reader for `plan` over `store`. `pseudonymKey` is the store's
    /// pseudonym secret (PseudonymSecret::get), needed by tenant users only.
    /// Audit events are read through AuditReader with `session`; their
    /// conditions that AuditFilter cannot express throw DomainError(Invalid,
    /// field "where") here, before any row is read.
    static std::unique_ptr<ExportSourceReader> open(const Store& store, const Session& session,
        const ExportSourcePlan& plan, const QByteArray& pseudonymKey);

    /// The pseudonym an export shows for tenant user `userId`: the one the
    /// console shows to roles without ViewPersonalData ("user-" and 8 hex
    /// digits of HMAC-SHA256(pseudonym secret, id)).
    static QString userPseudonym(const QByteArray& pseudonymKey, qint64 userId);
};

} // namespace gc
