#pragma once

#include <QIODevice>

#include <exception>

namespace gc {

class ExportFile;

/// A write-only QIODevice over an ExportFile, for Qt writers such as
/// QXmlStreamWriter. ExportFile reports failures as StoreError exceptions;
/// those must not unwind through Qt's code, so writeData() keeps the
/// exception and reports -1, and the owner calls rethrowFailure() after each
/// batch of writes.
class ExportFileDevice final : public QIODevice
{
public:
    explicit ExportFileDevice(ExportFile& file);
    Q_DISABLE_COPY_MOVE(ExportFileDevice)

    [[nodiscard]] bool isSequential() const override { return true; }
    /// Throws the first failure of the file, if any.
    void rethrowFailure() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    ExportFile& m_file;
    std::exception_ptr m_failure;
};

} // namespace gc
