#include "ui/certification/CertificationLookupPanel.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"
#include "ui/DeskSession.h"
#include "ui/certification/CertificationResultPanel.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

CertificationLookupPanel::CertificationLookupPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(new FieldMessages(this))
    , m_impUidEdit(new QLineEdit(this))
    , m_lookUpButton(new QPushButton(tr("Look up"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_statusLabel(new QLabel(this))
    , m_resultPanel(new CertificationResultPanel(session, this))
{
    setObjectName(u"certificationLookupPanel"_s);
    auto *intro = new QLabel(tr("Look up a certification result by its imp_uid, or delete it "
                                "from PortOne."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_impUidEdit->setObjectName(u"lookupImpUidLineEdit"_s);
    m_impUidEdit->setPlaceholderText(u"imv_000000000000"_s);
    m_messages->addRow(form, u"imp_uid"_s, tr("imp_uid:"), m_impUidEdit);

    m_lookUpButton->setObjectName(u"lookUpCertificationButton"_s);
    m_lookUpButton->setIcon(appIcon(AppIcon::LookUp));
    m_lookUpButton->setAccessibleName(tr("Look up the certification"));
    m_deleteButton->setObjectName(u"deleteCertificationButton"_s);
    m_deleteButton->setIcon(appIcon(AppIcon::Delete));
    m_deleteButton->setAccessibleName(tr("Delete the certification permanently"));
    m_requests = RequestLifecycle::forPanel(session.connection(), this, {}, m_messages);
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lookUpButton);
    buttons->addWidget(readOnly->guard(m_deleteButton));
    buttons->addStretch();

    m_statusLabel->setObjectName(u"lookupStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    m_resultPanel->setObjectName(u"lookupResultPanel"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(readOnly);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultPanel, 1);
    layout->addStretch(); // takes the space while there is no result

    setTabOrder(m_impUidEdit, m_lookUpButton);
    setTabOrder(m_lookUpButton, m_deleteButton);

    connect(m_lookUpButton, &QPushButton::clicked, this, &CertificationLookupPanel::lookUp);
    connect(m_deleteButton, &QPushButton::clicked, this,
            &CertificationLookupPanel::deleteCertification);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        m_lookUpButton->setEnabled(!busy);
        m_deleteButton->setEnabled(!busy);
    });
    connect(m_impUidEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_messages->message(u"imp_uid"_s).isEmpty())
            checkImpUid();
    });
    connect(m_resultPanel, &CertificationResultPanel::personalDataRevealed, this,
            &CertificationLookupPanel::personalDataRevealed);
}

bool CertificationLookupPanel::isBusy() const
{
    return m_requests->isBusy();
}

void CertificationLookupPanel::cancel()
{
    m_requests->cancel();
}

void CertificationLookupPanel::setImpUid(const QString &impUid)
{
    m_impUidEdit->setText(impUid);
    m_messages->clear();
}

void CertificationLookupPanel::reset()
{
    m_requests->clear();
    m_statusLabel->hide();
    m_resultPanel->clear();
}

bool CertificationLookupPanel::checkImpUid()
{
    const std::optional<QString> message = rules::pathId(m_impUidEdit->text().trimmed());
    m_messages->set(u"imp_uid"_s, message);
    if (message)
        m_impUidEdit->setFocus(Qt::OtherFocusReason);
    return !message;
}

void CertificationLookupPanel::lookUp()
{
    if (isBusy() || !checkImpUid())
        return;
    const QString impUid = m_impUidEdit->text().trimmed();
    m_statusLabel->hide();
    m_resultPanel->clear();
    m_requests->run<Certification>(
        tr("Looking up %1…").arg(impUid),
        [impUid](PortOneClient &client, QObject *context, PortOneClient::Done<Certification> done) {
            return client.getCertification(impUid, context, std::move(done));
        },
        [this](const Certification &certification) {
            m_resultPanel->showCertification(certification);
        });
}

void CertificationLookupPanel::deleteCertification()
{
    if (isBusy() || !m_session.allowsChanges() || !checkImpUid())
        return;
    const QString impUid = m_impUidEdit->text().trimmed();
    const ReasonRequest question {
        tr("Delete certification %1?").arg(impUid),
        tr("The certification result %1 will be erased from PortOne permanently. It cannot be "
           "restored; the customer would have to certify again.")
            .arg(impUid),
        tr("Delete permanently"),
    };
    const std::optional<QString> reason = m_session.prompts().askReason(this, question);
    if (!reason)
        return;
    // The confirmation may have taken a while: the profile could have changed meanwhile.
    if (!m_session.allowsChanges() || isBusy())
        return;
    m_statusLabel->hide();
    m_requests->run<Certification>(
        tr("Deleting %1…").arg(impUid),
        [impUid](PortOneClient &client, QObject *context, PortOneClient::Done<Certification> done) {
            return client.deleteCertification(impUid, context, std::move(done));
        },
        [this, impUid, reason = *reason](const Certification &) {
            onDeleted(impUid, reason, nullptr);
        },
        [this, impUid, reason = *reason](const ApiError &error) {
            return onDeleted(impUid, reason, &error);
        });
}

// Records the answer in the audit log and shows a success; false: the lifecycle shows the failure.
bool CertificationLookupPanel::onDeleted(const QString &impUid, const QString &reason,
                                         const ApiError *error)
{
    m_session.recordResult(AuditAction::CertificationDeleted, { impUid }, reason, error);
    if (!error) {
        m_resultPanel->clear();
        m_statusLabel->setText(tr("Certification %1 was deleted from PortOne.").arg(impUid));
        m_statusLabel->show();
        return true;
    }
    if (error->outcomeUnknown) {
        m_statusLabel->setText(tr("Outcome unknown: %1 may or may not have been deleted. Look it "
                                  "up before trying again.")
                                   .arg(impUid));
        m_statusLabel->show();
    }
    return false;
}

} // namespace portone
