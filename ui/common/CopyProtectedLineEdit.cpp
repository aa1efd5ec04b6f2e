#include "ui/common/CopyProtectedLineEdit.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace portone {

CopyProtectedLineEdit::CopyProtectedLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
}

bool CopyProtectedLineEdit::handleWithoutCopying(QKeyEvent *event)
{
    // QLineEdit copies to the clipboard on these, and to the primary selection after every key
    // it handles while text is selected: the selecting keys are applied here through the public
    // API, which never copies.
    if (event == QKeySequence::Copy || event == QKeySequence::Cut)
        return true; // nothing happens: the value is not offered to any clipboard
    if (event == QKeySequence::DeleteEndOfLine) {
        if (!isReadOnly()) {
            setSelection(cursorPosition(), int(text().size()) - cursorPosition());
            del();
        }
    } else if (event == QKeySequence::DeleteCompleteLine) {
        if (!isReadOnly()) {
            selectAll();
            del();
        }
    } else if (event == QKeySequence::SelectAll) {
        selectAll();
    } else if (event == QKeySequence::SelectNextChar) {
        cursorForward(true);
    } else if (event == QKeySequence::SelectPreviousChar) {
        cursorBackward(true);
    } else if (event == QKeySequence::SelectNextWord) {
        cursorWordForward(true);
    } else if (event == QKeySequence::SelectPreviousWord) {
        cursorWordBackward(true);
    } else if (event == QKeySequence::SelectStartOfLine || event == QKeySequence::SelectStartOfBlock
               || event == QKeySequence::SelectStartOfDocument) {
        home(true);
    } else if (event == QKeySequence::SelectEndOfLine || event == QKeySequence::SelectEndOfBlock
               || event == QKeySequence::SelectEndOfDocument) {
        end(true);
    } else if (event == QKeySequence::Undo) {
        undo(); // may bring a selection back
    } else if (event == QKeySequence::Redo) {
        redo();
    } else {
        return false;
    }
    return true;
}

void CopyProtectedLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (handleWithoutCopying(event)) {
        event->accept();
        return;
    }
    if (hasSelectedText() && (event->modifiers() & Qt::ControlModifier)
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        event->accept(); // the completer keys (no completer here) would copy the selection
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CopyProtectedLineEdit::mouseReleaseEvent(QMouseEvent *event)
{
    // QLineEdit copies the selection made with the left button to the primary selection here;
    // a middle-button paste into the field is still QLineEdit's.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace portone
