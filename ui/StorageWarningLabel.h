#pragma once

#include <QLabel>

namespace portone {

class DeskSession;

// Status-bar warning while the request history or the audit log cannot be written (or the data
// folder could not be made private): stays until a write of that kind succeeds again.
class StorageWarningLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StorageWarningLabel(DeskSession &session, QWidget *parent = nullptr);

private:
    void refresh();

    DeskSession &m_session;
};

} // namespace portone
