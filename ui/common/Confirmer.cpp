#include "ui/common/Confirmer.h"

#include <QMessageBox>
#include <QPushButton>

namespace portone {

bool DialogConfirmer::confirm(QWidget *parent, const ConfirmationRequest &request)
{
    QMessageBox box(QMessageBox::Warning, request.title, request.text, QMessageBox::NoButton,
                    parent);
    QPushButton *accept = box.addButton(request.acceptText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // Enter alone never confirms an irreversible action
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace portone
