#pragma once

class QCoreApplication;

namespace gc {

/// Installs the English plural forms (translations/geoconsole_en.ts: "1
/// tenant", "3 tenants" for "%n tenant(s)"), compiled into this library.
/// Install it before the locale's catalogue, which is then asked first.
void installPluralForms(QCoreApplication& app);

} // namespace gc
