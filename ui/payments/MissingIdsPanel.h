#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace portone {

// The ids of a multiple lookup that came back without a payment, listed by name, with a button
// that copies the list. Hidden when empty. "Not found (N)": PortOne did not find them (HTTP 207,
// or 404 when none was found). "Not looked up (N)": a 207 whose code was not 0 (PortOne failed
// to look them up; they may exist).
class MissingIdsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Reason
    {
        NotFound,
        NotLookedUp,
    };

    explicit MissingIdsPanel(Reason reason, QWidget *parent = nullptr);

    void setIds(const QStringList &ids);
    void clear() { setIds({}); }
    QStringList ids() const { return m_ids; }

private:
    void copyIds();

    Reason m_reason;
    QStringList m_ids;
    QLabel *m_titleLabel;
    QListWidget *m_list;
    QPushButton *m_copyButton;
};

} // namespace portone
