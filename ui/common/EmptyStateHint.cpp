#include "ui/common/EmptyStateHint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace portone {

EmptyStateHint *EmptyStateHint::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyStateHint(view, text);
}

EmptyStateHint::EmptyStateHint(QAbstractItemView *view, QString text)
    : QObject(view)
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    view->viewport()->installEventFilter(this);
    // The model may be set or replaced later: watch whichever one the view has when it changes.
    auto watchModel = [this] {
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateHint::update,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateHint::update,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateHint::update,
                    Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateHint::update,
                    Qt::UniqueConnection);
        }
    };
    watchModel();
    update();
}

bool EmptyStateHint::isEmpty() const
{
    return !m_view->model() || m_view->model()->rowCount() == 0;
}

void EmptyStateHint::update()
{
    const QString description = isEmpty() ? m_text : QString();
    if (m_view->accessibleDescription() != description)
        m_view->setAccessibleDescription(description);
    m_view->viewport()->update();
}

bool EmptyStateHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && isEmpty()) {
        QWidget *viewport = m_view->viewport();
        QPainter painter(viewport);
        QColor color = m_view->palette().color(QPalette::PlaceholderText);
        painter.setPen(color);
        const QRect area = viewport->rect().adjusted(24, 16, -24, -16);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_text);
        return true; // nothing else to paint in an empty view
    }
    return QObject::eventFilter(watched, event);
}

} // namespace portone
