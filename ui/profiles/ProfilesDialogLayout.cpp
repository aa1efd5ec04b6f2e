#include "ui/profiles/ProfileConnectionTest.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace portone {

// The dialog's widgets, layout and tab order (its behaviour is in ProfilesDialog.cpp).
void ProfilesDialog::buildLayout()
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Merchant profiles"));
    resize(QSize(1000, 760).boundedTo(screen()->availableGeometry().size()));

    m_list->setObjectName(QStringLiteral("profileListWidget"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_list->setMinimumWidth(230);
    m_addButton->setAccessibleName(tr("Add a new profile"));
    m_addButton->setToolTip(tr("Clears the form for a new profile"));
    m_deleteButton->setAccessibleName(tr("Delete the selected profile"));
    m_saveButton->setAccessibleName(tr("Save the profile"));
    m_saveButton->setDefault(true);
    m_closeButton->setAccessibleName(tr("Close"));
    m_keychainBar->setObjectName(QStringLiteral("keychainProgressBar"));
    m_keychainBar->setAccessibleName(tr("Keychain operation in progress"));
    m_keychainBar->setRange(0, 0);
    m_keychainBar->setMaximumWidth(120);
    m_keychainBar->setTextVisible(false);
    m_keychainBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Profile status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *listTitle = new QLabel(tr("<b>Saved profiles</b>"), this);
    m_emptyHintLabel->setText(
        tr("No saved profiles yet. Fill in the form on the right and press Save."));
    m_emptyHintLabel->setObjectName(QStringLiteral("emptyHintLabel"));
    m_emptyHintLabel->setWordWrap(true);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(listTitle);
    left->addWidget(m_list, 1);
    left->addWidget(m_emptyHintLabel);
    left->addLayout(listButtons);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(m_keychainBar);
    saveRow->addWidget(m_statusLabel, 1);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *testTitle = new QLabel(tr("<b>Connection</b>"), this);

    auto *content = new QWidget(this);
    auto *right = new QVBoxLayout(content);
    right->setContentsMargins(12, 0, 12, 0);
    right->setSpacing(10);
    right->addWidget(m_editor);
    right->addLayout(saveRow);
    right->addWidget(separator);
    right->addWidget(testTitle);
    right->addWidget(m_connectionTest);
    right->addStretch(1);
    m_scrollArea->setObjectName(QStringLiteral("editorScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps
    m_scrollArea->setWidget(content);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addWidget(m_scrollArea, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    const QList<QWidget *> chain { m_list, m_addButton, m_deleteButton, m_editor->firstInput() };
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    setTabOrder(m_editor->lastInput(), m_saveButton);
    setTabOrder(m_saveButton, m_connectionTest->testButton());
    setTabOrder(m_connectionTest->testButton(), m_closeButton);
}

} // namespace portone
