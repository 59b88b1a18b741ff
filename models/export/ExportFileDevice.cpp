#include "export/ExportFileDevice.h"

#include "export/ExportFile.h"

#include <string_view>

namespace gc {

ExportFileDevice::ExportFileDevice(ExportFile& file) : m_file(file)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

void ExportFileDevice::rethrowFailure() const
{
    if (m_failure)
        std::rethrow_exception(m_failure);
}

qint64 ExportFileDevice::readData(char* /*data*/, qint64 /*maxSize*/)
{
    return -1;
}

qint64 ExportFileDevice::writeData(const char* data, qint64 size)
{
    if (m_failure)
        return -1;
    try {
        m_file.write(std::string_view(data, std::size_t(size)));
    } catch (...) {
        m_failure = std::current_exception();
        return -1;
    }
    return size;
}

} // namespace gc
