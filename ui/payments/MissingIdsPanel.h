#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace portone {

// "Not found (N)": the ids of a multiple lookup that PortOne did not find (HTTP 207, or 404
// when none was found), listed by name, with a button that copies the list. Hidden when empty.
class MissingIdsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MissingIdsPanel(QWidget *parent = nullptr);

    void setIds(const QStringList &ids);
    void clear() { setIds({}); }
    QStringList ids() const { return m_ids; }

private:
    void copyIds();

    QStringList m_ids;
    QLabel *m_titleLabel;
    QListWidget *m_list;
    QPushButton *m_copyButton;
};

} // namespace portone
