#pragma once

#include <QString>

class QCoreApplication;

namespace portone {

// "ko" or "en": the override if given, else Korean on a Korean system locale, else English.
QString chooseLanguage(const QString &override, const QString &systemLocaleName);
// Loads the app's compiled translations (and Qt's own) for the language into the app.
// Returns false when the app's catalogue is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace portone
