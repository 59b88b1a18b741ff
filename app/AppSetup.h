#pragma once

#include <QString>

namespace gc {

/// Names the application (QSettings, data folder, --version) and installs the
/// console's and Qt's translations for `lang`, or for the system locale when
/// `lang` is empty. A missing catalogue is not an error: English is built in.
void setUpApplication(const QString& lang);

} // namespace gc
