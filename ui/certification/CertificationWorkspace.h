#pragma once

#include "core/api/CertificationModels.h"
#include "ui/common/Workspace.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace portone {

class CertificationLookupPanel;
class CertificationResultPanel;
class OtpConfirmPanel;
class OtpRequestForm;
class RequestLifecycle;
struct ApiError;

// Certification (본인인증) by OTP in three steps — 1 Request · 2 Confirm · 3 Result — and a
// lookup/delete section for existing certifications.
class CertificationWorkspace : public Workspace
{
    Q_OBJECT

public:
    enum class Step
    {
        Request,
        Confirm,
        Result
    };

    explicit CertificationWorkspace(DeskSession &session, QWidget *parent = nullptr);

    // The navigation title, known before a page exists.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override;
    bool isBusy() const override;
    void submit() override;

    Step step() const;

Q_SIGNALS:
    // The operator revealed the CI ("unique_key") or DI ("unique_in_site") of a result.
    void personalDataRevealed(const QString &impUid, const QString &field);

private:
    void requestOtp();
    void confirmOtp();
    void requestAgain();
    void backToRequest();
    void startOver();
    void onConfirmed(const Certification &certification);
    bool showFieldErrors(const ApiError &error);
    void setStep(Step step);
    void onProfileChanged();

    QTabWidget *m_sections;
    QLabel *m_stepLabel;
    RequestLifecycle *m_requests;
    QStackedWidget *m_steps;
    OtpRequestForm *m_form;
    OtpConfirmPanel *m_confirmPanel;
    CertificationResultPanel *m_resultPanel;
    QPushButton *m_startOverButton;
    CertificationLookupPanel *m_lookupPanel;
    bool m_unknownOutcomeShown = false; // the last failure was a sent call's unknown outcome
};

} // namespace portone
