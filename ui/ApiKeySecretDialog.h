#pragma once

#include <QDialog>

namespace gc {

/// Shows a new API key's secret the one time it exists in clear, with a Copy button.
class ApiKeySecretDialog final : public QDialog
{
    Q_OBJECT
public:
    ApiKeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent = nullptr);
};

} // namespace gc
