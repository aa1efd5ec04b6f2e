#include "ui/certification/CertificationResultPanel.h"

#include "ui/DeskSession.h"
#include "ui/common/Icons.h"
#include "ui/common/ResultView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QString yesNo(bool value)
{
    return value ? CertificationResultPanel::tr("Yes") : CertificationResultPanel::tr("No");
}

QString genderText(const QString &gender)
{
    if (gender == u"male")
        return CertificationResultPanel::tr("Male");
    if (gender == u"female")
        return CertificationResultPanel::tr("Female");
    return gender.isEmpty() ? u"—"_s : gender;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

CertificationResultPanel::CertificationResultPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new ResultView(this))
    , m_revealButton(new QPushButton(tr("Reveal CI/DI"), this))
    , m_revealRefused(new QLabel(this))
{
    m_view->setObjectName(u"certificationResultView"_s);
    m_view->setAccessibleName(tr("Certification result"));
    m_revealButton->setObjectName(u"revealCiDiButton"_s);
    m_revealButton->setIcon(appIcon(AppIcon::Reveal));
    m_revealButton->setAccessibleName(tr("Reveal CI and DI"));
    m_revealButton->setToolTip(tr("Shows the customer's CI (unique_key) and DI (unique_in_site). "
                                  "Each reveal is recorded."));
    m_revealRefused->setObjectName(u"revealRefusedLabel"_s);
    m_revealRefused->setWordWrap(true);
    m_revealRefused->setTextFormat(Qt::PlainText);
    m_revealRefused->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_revealRefused, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_revealButton, &QPushButton::clicked, this, &CertificationResultPanel::reveal);
    clear();
}

QString CertificationResultPanel::ciLabel()
{
    return tr("CI (unique_key)");
}
QString CertificationResultPanel::diLabel()
{
    return tr("DI (unique_in_site)");
}

void CertificationResultPanel::showCertification(const Certification &certification)
{
    m_certification = certification;
    m_revealed = false;
    fillRows();
    m_view->setRawJson(certification.raw);
    show();
}

// Nothing to show: the panel is hidden rather than an empty table.
void CertificationResultPanel::clear()
{
    m_certification = Certification();
    m_revealed = false;
    hide();
    m_view->clear();
    m_revealButton->setEnabled(false);
    m_revealButton->setText(tr("Reveal CI/DI"));
    m_revealRefused->hide();
}

// ResultView sizes its rows when they are set; rows set while this page was hidden (the result
// step, a background tab) were measured against a narrow table. Measure again once laid out.
void CertificationResultPanel::reveal()
{
    if (m_revealed || isEmpty())
        return;
    const QString impUid = m_certification.impUid;
    const std::optional<QString> reason = m_session.prompts().askReason(
        this,
        { tr("Reveal the CI/DI of %1?").arg(impUid),
          tr("The customer's CI (unique_key) and DI (unique_in_site) of %1 will be shown. Each "
             "reveal is recorded in the audit log with your reason.")
              .arg(impUid),
          tr("Reveal") });
    if (!reason || m_certification.impUid != impUid)
        return;
    QStringList fields;
    if (!m_certification.uniqueKey.isEmpty())
        fields << u"unique_key"_s;
    if (!m_certification.uniqueInSite.isEmpty())
        fields << u"unique_in_site"_s;
    if (!m_session.recordAction(AuditAction::PersonalDataRevealed, { impUid }, *reason, u"ok"_s,
                                fields.join(u", "_s))) {
        m_revealRefused->setText(tr("Not revealed: the audit log could not be written, and every "
                                    "reveal must be recorded there. %1")
                                     .arg(m_session.auditLog().lastError()));
        m_revealRefused->show();
        return;
    }
    m_revealRefused->hide();
    m_revealed = true;
    fillRows();
    for (const QString &field : std::as_const(fields))
        Q_EMIT personalDataRevealed(impUid, field);
}

void CertificationResultPanel::fillRows()
{
    const Certification &c = m_certification;
    const auto personal = [this](const QString &value) {
        if (value.isEmpty())
            return u"—"_s;
        return m_revealed ? value : tr("•••••• hidden (press \"Reveal CI/DI\")");
    };
    // Copyable rows are ids only; CI/DI and personal data are never copyable.
    QList<ResultRow> rows {
        { tr("Name"), orDash(c.name), false, {} },
        { tr("Gender"), genderText(c.gender), false, {} },
        { tr("Birthday"), orDash(c.birthday), false, {} },
        { tr("Phone"), orDash(c.phone), false, {} },
        { tr("Carrier"), orDash(c.carrier), false, {} },
        { tr("Foreigner"), yesNo(c.foreignerV2.value_or(c.foreigner)), false, {} },
        { tr("Certified"), yesNo(c.certified), false, {} },
        timeRow(tr("Certified at"), c.certifiedAt),
        { tr("PG provider (pg_provider)"), orDash(c.pgProvider), false, {} },
        { tr("PG transaction id (pg_tid)"), orDash(c.pgTid), !c.pgTid.isEmpty(), {} },
        { tr("imp_uid"), orDash(c.impUid), !c.impUid.isEmpty(), {} },
        { tr("merchant_uid (order number)"), orDash(c.merchantUid), !c.merchantUid.isEmpty(), {} },
        { ciLabel(), personal(c.uniqueKey), false, {} },
        { diLabel(), personal(c.uniqueInSite), false, {} },
    };
    m_view->setRows(rows);
    const bool anything = !c.uniqueKey.isEmpty() || !c.uniqueInSite.isEmpty();
    m_revealButton->setEnabled(anything && !m_revealed);
    m_revealButton->setText(m_revealed ? tr("CI/DI shown") : tr("Reveal CI/DI"));
}

} // namespace portone
