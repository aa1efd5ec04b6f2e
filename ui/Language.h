#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace portone {

// "ko" or "en": the override if given, else Korean on a Korean system locale, else English.
QString chooseLanguage(const QString &override, const QString &systemLocaleName);
// The locale numbers, amounts and dates are shown in: the system's when it speaks the UI
// language, else that language's main locale (ko_KR, en_US).
QLocale uiLocale(const QString &language, const QLocale &system);
// Sets the default QLocale to uiLocale() and loads the app's compiled translations (and Qt's own)
// for the language into the app. Returns false when the app's catalogue is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace portone
