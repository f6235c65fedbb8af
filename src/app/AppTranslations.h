#pragma once

#include <QString>

class QCoreApplication;

// Loads the embedded translations (and Qt's own) for the system language or an override.
namespace AppTranslations {
// language: "de", "en", or empty for the system language. Returns the language in use.
QString install(QCoreApplication &app, const QString &language = QString());
}
