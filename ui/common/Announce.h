#pragma once

#include <QString>

class QWidget;

namespace portone {

// Status texts that change while the operator looks elsewhere (token state, last request,
// request progress, an error, an outcome, a verification): the current text becomes the
// widget's accessible description, so a screen reader finds the widget by its stable name and
// reads what it says now, and assistive technology is told that it changed. An error or an
// unknown outcome is raised as an alert.
void announceStatus(QWidget *widget, const QString &text);
void announceAlert(QWidget *widget, const QString &text);

} // namespace portone
