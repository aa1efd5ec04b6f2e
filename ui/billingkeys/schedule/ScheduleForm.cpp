#include "ui/billingkeys/schedule/ScheduleForm.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/schedule/ScheduleRowsEditor.h"
#include "ui/billingkeys/schedule/ScheduleTexts.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

ScheduleForm::ScheduleForm(DeskSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_rows(new ScheduleRowsEditor(session.clock(), this))
    , m_addButton(new QPushButton(tr("Add a payment"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_outcomeNotice(new OutcomeNotice(tr("Look the merchant_uids up"), this))
    , m_resultLabel(successLabel(u"scheduleResultLabel"_s, tr("Scheduling result"), this))
    , m_sendButton(new QPushButton(tr("Schedule…"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(u"scheduleForm"_s);
    resize(1000, 640);
    m_requests = RequestLifecycle::forPanel(session.connection(), this, u"schedule"_s);
    m_titleLabel->setObjectName(u"scheduleTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_addButton->setObjectName(u"addScheduleRowButton"_s);
    m_addButton->setIcon(appIcon(AppIcon::Add));
    m_preview->setObjectName(u"schedulePreviewTextEdit"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview of the request"));
    m_preview->setMinimumHeight(160);
    m_outcomeNotice->lookUpButton()->setObjectName(u"lookUpSchedulesButton"_s);
    m_sendButton->setObjectName(u"sendScheduleButton"_s);
    m_sendButton->setIcon(appIcon(AppIcon::Send));
    m_sendButton->setAccessibleName(tr("Schedule the payments"));
    m_closeButton->setObjectName(u"closeScheduleButton"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rows);
    scroll->setMinimumHeight(140);
    auto *readOnly = new ReadOnlyNotice(session, this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addButton);
    rowButtons->addStretch();
    auto *previewTitle = new QLabel(tr("What will be sent (card data masked, if any):"), this);
    previewTitle->setBuddy(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(readOnly->guard(m_sendButton));
    buttons->addWidget(m_closeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(readOnly);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_outcomeNotice);
    layout->addWidget(m_resultLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, m_rows, &ScheduleRowsEditor::addRow);
    connect(m_rows, &ScheduleRowsEditor::changed, this, &ScheduleForm::updatePreview);
    connect(m_sendButton, &QPushButton::clicked, this, &ScheduleForm::send);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_outcomeNotice->lookUpButton(), &QPushButton::clicked, this,
            &ScheduleForm::lookUpUnknown);
    connect(m_requests, &RequestLifecycle::busyChanged, this, &ScheduleForm::updateButtons);
    // The key belongs to the profile that was left.
    connect(&m_session, &DeskSession::activeProfileChanged, this, [this] {
        if (!isBusy())
            close();
        updateButtons();
    });
}

void ScheduleForm::openFor(const QString &customerUid)
{
    const bool keep = customerUid == m_customerUid || isBusy() || m_unknown;
    if (!keep) {
        m_customerUid = customerUid;
        m_requests->clear();
        m_resultLabel->hide();
        m_outcomeNotice->hide();
        m_rows->reset();
        setWindowTitle(tr("Schedule payments — %1").arg(customerUid));
        m_titleLabel->setText(tr("Scheduled payments for the billing key %1").arg(customerUid));
        updatePreview();
    }
    updateButtons();
    show();
    raise();
    activateWindow();
}

bool ScheduleForm::isBusy() const
{
    return m_confirming || m_requests->isBusy();
}

void ScheduleForm::cancel()
{
    m_requests->cancel();
}

void ScheduleForm::closeEvent(QCloseEvent *event)
{
    if (isBusy()) // the answer of a sent request must be seen
        return event->ignore();
    QWidget::closeEvent(event);
}

void ScheduleForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_requests->isBusy())
        return cancel();
    if (event->key() == Qt::Key_Escape)
        return void(close());
    QWidget::keyPressEvent(event);
}

ScheduleRequest ScheduleForm::request() const
{
    ScheduleRequest request;
    request.customerUid = m_customerUid;
    request.schedules = m_rows->payments();
    return request;
}

void ScheduleForm::updatePreview()
{
    m_preview->setPlainText(ScheduleTexts::preview(request()));
}

void ScheduleForm::updateButtons()
{
    m_sendButton->setEnabled(!isBusy() && m_session.allowsChanges() && !m_customerUid.isEmpty());
    m_addButton->setEnabled(!isBusy());
    m_rows->setEnabled(!isBusy());
    m_outcomeNotice->lookUpButton()->setEnabled(!isBusy() && m_session.hasActiveProfile());
}

bool ScheduleForm::confirm(const ScheduleRequest &request)
{
    m_confirming = true; // a second click while the confirmation is open sends nothing
    updateButtons();
    const bool confirmed = m_session.prompts().confirm(this, ScheduleTexts::confirmation(request));
    m_confirming = false;
    updateButtons();
    return confirmed;
}

void ScheduleForm::send()
{
    if (isBusy() || m_customerUid.isEmpty() || !m_session.allowsChanges())
        return;
    const ScheduleRequest scheduling = request();
    // An amount that cannot be read has its own message; the rule "more than 0" would repeat it.
    FieldErrors errors = m_rows->parseErrors();
    for (const FieldError &error : rules::validate(scheduling, m_session.clock().now())) {
        const bool unreadable = std::any_of(errors.cbegin(), errors.cend(),
                                            [&](const auto &e) { return e.field == error.field; });
        if (!unreadable)
            errors << error;
    }
    if (!errors.isEmpty())
        return m_rows->showErrors(errors); // nothing sent, nothing typed lost
    m_rows->clearErrors();
    if (!confirm(scheduling))
        return;
    m_resultLabel->hide();
    m_requests->run<QList<Schedule>>(
        ScheduleTexts::progress(scheduling),
        [scheduling](PortOneClient &client, QObject *context,
                     PortOneClient::Done<QList<Schedule>> done) {
            return client.schedulePayments(scheduling, context, std::move(done));
        },
        [this, scheduling](const QList<Schedule> &created) {
            m_session.recordAction(
                AuditAction::PaymentsScheduled,
                QStringList { scheduling.customerUid } + ScheduleTexts::merchantUids(scheduling),
                QString(), DeskSession::outcomeOf(nullptr), ScheduleTexts::auditDetail(scheduling));
            m_unknown.reset();
            m_outcomeNotice->hide();
            m_rows->reset();
            updatePreview();
            showResult(ScheduleTexts::scheduled(scheduling, created));
            Q_EMIT scheduled(scheduling.customerUid);
        },
        [this, scheduling](const ApiError &error) { return failed(scheduling, error); });
}

// A refusal (4xx) goes to the error panel, the form kept as typed; an unknown outcome keeps the
// same merchant_uids and offers their look-up.
bool ScheduleForm::failed(const ScheduleRequest &request, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation) {
        m_rows->showErrors(error.fieldErrors);
        return true;
    }
    if (error.kind == ApiError::Kind::ReadOnly
        || (error.kind == ApiError::Kind::Cancelled && !error.outcomeUnknown))
        return false; // nothing was sent
    m_session.recordAction(AuditAction::PaymentsScheduled,
                           QStringList { request.customerUid }
                               + ScheduleTexts::merchantUids(request),
                           QString(), DeskSession::outcomeOf(&error),
                           ScheduleTexts::auditDetail(request) + u"; "_s + error.redactedSummary());
    if (error.outcomeUnknown) {
        m_unknown = request;
        m_outcomeNotice->label()->setText(ScheduleTexts::unknown(request, error));
        m_outcomeNotice->show();
    }
    return false; // the error panel shows PortOne's status, code and message
}

void ScheduleForm::lookUpUnknown()
{
    if (isBusy() || !m_unknown)
        return;
    m_requests->clear();
    lookUpNext(*m_unknown, 0, {}, {});
}

// Each merchant_uid of the request in turn: found (PortOne has the schedule) or 404 (it does
// not); any other failure stops the look-up and leaves the notice.
void ScheduleForm::lookUpNext(const ScheduleRequest &request, qsizetype index,
                              const QList<Schedule> &found, const QStringList &missing)
{
    if (index >= request.schedules.size()) {
        m_unknown.reset();
        m_outcomeNotice->hide();
        showResult(ScheduleTexts::settled(request, found, missing));
        if (!found.isEmpty())
            Q_EMIT scheduled(request.customerUid);
        return;
    }
    const QString merchantUid = request.schedules.at(index).order.merchantUid;
    m_requests->run<Schedule>(
        tr("Looking up %1…").arg(merchantUid),
        [merchantUid](PortOneClient &client, QObject *context, PortOneClient::Done<Schedule> done) {
            return client.getScheduleByMerchantUid(merchantUid, context, std::move(done));
        },
        [this, request, index, found, missing](const Schedule &schedule) {
            lookUpNext(request, index + 1, found + QList<Schedule> { schedule }, missing);
        },
        [this, request, index, found, missing, merchantUid](const ApiError &error) {
            if (error.kind != ApiError::Kind::NotFound)
                return false;
            lookUpNext(request, index + 1, found, missing + QStringList { merchantUid });
            return true;
        });
}

void ScheduleForm::showResult(const QString &text)
{
    m_resultLabel->setText(text);
    m_resultLabel->show();
    announceStatus(m_resultLabel, text);
}

} // namespace portone
