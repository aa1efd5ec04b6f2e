#pragma once

// How the canary session finds, fills and clicks widgets by object name.
#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>

namespace portone::test {

template<typename T = QWidget> T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

// Replaces the field's text with text, committed at once as an input method would.
inline void type(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = find<QLineEdit>(root, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &press);
}

inline void click(QWidget *root, const QString &name)
{
    auto *button = find<QAbstractButton>(root, name);
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace portone::test
