#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace portone {

// What to do first, written across an empty table ("Paste customer_uids above, then press Look
// up") instead of a blank grid. The same text is the view's accessible description while the
// view is empty, so a screen reader says it too. Owned by the view.
class EmptyStateHint : public QObject
{
    Q_OBJECT

public:
    static EmptyStateHint *install(QAbstractItemView *view, const QString &text);

    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyStateHint(QAbstractItemView *view, QString text);
    bool isEmpty() const;
    void update();

    QAbstractItemView *m_view;
    QString m_text;
};

} // namespace portone
