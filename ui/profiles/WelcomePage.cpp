#include "ui/profiles/WelcomePage.h"

#include "ui/common/Icons.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_sandboxButton(new QPushButton(tr("Try the built-in Sandbox"), this))
    , m_addProfileButton(new QPushButton(tr("Add a merchant profile"), this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Welcome to PortOne Desk"), this);
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *summary = new QLabel(tr("Run OTP identity certifications, look up, register and delete "
                                  "billing keys (with their payments and schedules), check and "
                                  "spend Benepia points, and look up payments through the "
                                  "PortOne V1 REST API, without writing code. Every request is "
                                  "kept in a masked history and every change in an audit log."),
                               this);
    summary->setObjectName(QStringLiteral("welcomeSummaryLabel"));
    summary->setWordWrap(true);
    summary->setAlignment(Qt::AlignCenter);
    QFont summaryFont = summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summary->setFont(summaryFont);

    m_sandboxButton->setObjectName(QStringLiteral("trySandboxButton"));
    m_addProfileButton->setObjectName(QStringLiteral("addProfileButton"));
    m_addProfileButton->setIcon(appIcon(AppIcon::Add));
    m_sandboxButton->setDefault(true);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(24);
    choices->addWidget(
        makeChoice(m_sandboxButton,
                   tr("A local PortOne emulator with test data. No keys needed, and nothing "
                      "leaves this computer.")));
    choices->addWidget(
        makeChoice(m_addProfileButton,
                   tr("Use your imp_key and imp_secret from the PortOne admin console. The "
                      "secret is stored in the system keychain.")));

    auto *column = new QVBoxLayout;
    column->setSpacing(18);
    column->addWidget(title);
    column->addWidget(summary);
    column->addSpacing(18);
    column->addLayout(choices);

    auto *centered = new QWidget(this);
    centered->setLayout(column);
    centered->setMaximumWidth(780);
    // Stretches rather than an alignment flag, so the word-wrapped labels get their height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centered, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    connect(m_addProfileButton, &QPushButton::clicked, this, &WelcomePage::addProfileRequested);
}

QWidget *WelcomePage::makeChoice(QPushButton *button, const QString &explanation)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(button->objectName() + QStringLiteral("Frame"));

    QFont buttonFont = button->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    buttonFont.setBold(true);
    button->setFont(buttonFont);
    button->setMinimumHeight(56);
    button->setAccessibleName(button->text());
    button->setAccessibleDescription(explanation);
    button->setCursor(Qt::PointingHandCursor);

    auto *label = new QLabel(explanation, card);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setMinimumWidth(240);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 3);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(12);
    button->setParent(card);
    layout->addWidget(button);
    layout->addWidget(label);
    layout->addStretch();
    return card;
}

} // namespace portone
