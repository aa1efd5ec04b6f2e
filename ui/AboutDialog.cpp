#include "ui/AboutDialog.h"

#include "ui/DeskSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace portone {

namespace {

QLabel *valueLabel(const QString &objectName, const QString &text, const QString &caption,
                   QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleDescription(caption);
    return label;
}

} // namespace

QString AboutDialog::apiHostText(const DeskSession &session)
{
    if (!session.hasActiveProfile())
        return tr("No profile active");
    const Profile &profile = session.activeProfile();
    const QString host = profile.baseUrl.port() < 0
        ? profile.baseUrl.host()
        : QStringLiteral("%1:%2").arg(profile.baseUrl.host()).arg(profile.baseUrl.port());
    if (profile.builtInSandbox)
        return tr("%1 (built-in Sandbox)").arg(host);
    return profile.live ? tr("%1 (profile “%2”, live account)").arg(host, profile.name)
                        : tr("%1 (profile “%2”, test account)").arg(host, profile.name);
}

AboutDialog::AboutDialog(const DeskSession &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PortOne Desk"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    icon->setPixmap(QIcon(QStringLiteral(":/app/" PORTONE_APP_ID ".svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("PortOne Desk icon"));

    auto *title = new QLabel(tr("PortOne Desk"), this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *summary = new QLabel(tr("Desktop console for the PortOne V1 REST API."), this);
    summary->setObjectName(QStringLiteral("aboutSummaryLabel"));
    summary->setWordWrap(true);

    const QString homepage = QStringLiteral(PORTONE_HOMEPAGE_URL);
    auto *homepageLabel
        = valueLabel(QStringLiteral("aboutHomepageLabel"),
                     QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage), tr("Homepage"), this);
    homepageLabel->setTextFormat(Qt::RichText);
    homepageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    homepageLabel->setOpenExternalLinks(true);

    auto *licence = valueLabel(
        QStringLiteral("aboutLicenceLabel"),
        tr("PortOne Desk is proprietary software; all rights reserved. It uses Qt %1 under the "
           "LGPL-3.0 and QtKeychain under the BSD-3-Clause licence. Its icons were drawn for "
           "PortOne Desk and are under its licence.")
            .arg(QString::fromLatin1(qVersion())),
        tr("Licence"), this);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->addRow(tr("Version:"),
                  valueLabel(QStringLiteral("aboutVersionLabel"), QStringLiteral(PORTONE_VERSION),
                             tr("Version"), this));
    facts->addRow(
        tr("Qt:"),
        valueLabel(QStringLiteral("aboutQtVersionLabel"),
                   tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                   tr("Qt version"), this));
    facts->addRow(tr("PortOne API:"),
                  valueLabel(QStringLiteral("aboutApiHostLabel"), apiHostText(session),
                             tr("PortOne API host in use"), this));
    facts->addRow(tr("Homepage:"), homepageLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(summary);
    text->addLayout(facts);
    text->addWidget(licence);
    text->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace portone
