#include "ui/profiles/ProfileEditor.h"

#include "ui/common/FieldMessages.h"
#include "ui/profiles/KeychainBanner.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace portone {

namespace {

QLineEdit *makeLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QSpinBox *makeSecondsBox(const QString &objectName, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(Profile::MinTimeoutSeconds, max);
    box->setSuffix(ProfileEditor::tr(" s"));
    return box;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_messages(new FieldMessages(this))
    , m_headerLabel(new QLabel(this))
    , m_liveBandLabel(new QLabel(this))
    , m_nameEdit(makeLineEdit(QStringLiteral("nameLineEdit"), this))
    , m_liveCheck(new QCheckBox(tr("Live account (real money)"), this))
    , m_readOnlyCheck(new QCheckBox(tr("Read-only: look-ups only"), this))
    , m_impKeyEdit(makeLineEdit(QStringLiteral("impKeyLineEdit"), this))
    , m_secretEdit(new QLineEdit(this))
    , m_secretStatusLabel(new QLabel(this))
    , m_banner(new KeychainBanner(this))
    , m_tierEdit(makeLineEdit(QStringLiteral("tierCodeLineEdit"), this))
    , m_certificationChannelEdit(makeLineEdit(QStringLiteral("certificationChannelLineEdit"), this))
    , m_billingChannelEdit(makeLineEdit(QStringLiteral("billingChannelLineEdit"), this))
    , m_benepiaChannelEdit(makeLineEdit(QStringLiteral("benepiaChannelLineEdit"), this))
    , m_advancedButton(new QToolButton(this))
    , m_baseUrlEdit(makeLineEdit(QStringLiteral("baseUrlLineEdit"), this))
    , m_lookupTimeoutSpin(makeSecondsBox(QStringLiteral("lookupTimeoutSpinBox"),
                                         Profile::MaxLookupTimeoutSeconds, this))
    , m_pgTimeoutSpin(
          makeSecondsBox(QStringLiteral("pgTimeoutSpinBox"), Profile::MaxPgTimeoutSeconds, this))
{
    buildForm();
    setTabOrder();
    startNew();
}

void ProfileEditor::setTabOrder()
{
    // FieldMessages re-parents the inputs, which moves them in the focus chain: state the
    // order of the form explicitly.
    const QList<QWidget *> chain {
        m_nameEdit,
        m_liveCheck,
        m_readOnlyCheck,
        m_impKeyEdit,
        m_secretEdit,
        m_banner->findChild<QWidget *>(QStringLiteral("keepForSessionButton")),
        m_tierEdit,
        m_certificationChannelEdit,
        m_billingChannelEdit,
        m_benepiaChannelEdit,
        m_advancedButton,
        m_baseUrlEdit,
        m_lookupTimeoutSpin,
        m_pgTimeoutSpin,
    };
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

QWidget *ProfileEditor::firstInput() const
{
    return m_nameEdit;
}

QWidget *ProfileEditor::lastInput() const
{
    return m_pgTimeoutSpin;
}

void ProfileEditor::buildForm()
{
    m_headerLabel->setObjectName(QStringLiteral("editorHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);

    m_liveBandLabel->setObjectName(QStringLiteral("liveBandLabel"));
    m_liveBandLabel->setAccessibleName(tr("Live account marker"));
    m_liveBandLabel->setText(tr("LIVE ACCOUNT: requests made with this profile move real money."));
    m_liveBandLabel->setAlignment(Qt::AlignCenter);
    m_liveBandLabel->setWordWrap(true);
    m_liveBandLabel->setStyleSheet(QStringLiteral(
        "background: #c62828; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_liveBandLabel->hide();

    m_liveCheck->setObjectName(QStringLiteral("liveCheckBox"));
    m_liveCheck->setAccessibleName(tr("Live account (real money)"));
    m_readOnlyCheck->setObjectName(QStringLiteral("readOnlyCheckBox"));
    m_readOnlyCheck->setAccessibleName(tr("Read-only: look-ups only"));
    m_readOnlyCheck->setToolTip(tr("Sending OTPs, registering or deleting billing keys, deleting "
                                   "certifications and paying are disabled with this profile."));
    m_nameEdit->setPlaceholderText(tr("e.g. My shop (live)"));
    m_impKeyEdit->setPlaceholderText(tr("From the PortOne admin console"));
    m_secretEdit->setObjectName(QStringLiteral("impSecretLineEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setClearButtonEnabled(true);
    m_secretStatusLabel->setObjectName(QStringLiteral("secretStatusLabel"));
    m_secretStatusLabel->setAccessibleName(tr("Stored secret"));
    m_secretStatusLabel->setWordWrap(true);
    m_tierEdit->setPlaceholderText(tr("Agencies only, e.g. A1B"));
    m_tierEdit->setMaxLength(3);
    m_tierEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,3}")), m_tierEdit));

    auto *formHost = new QWidget(this);
    auto *form = new QFormLayout(formHost);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages->addRow(form, QStringLiteral("name"), tr("Profile name:"), m_nameEdit);
    form->addRow(QString(), m_liveCheck);
    form->addRow(QString(), m_readOnlyCheck);
    m_messages->addRow(form, QStringLiteral("imp_key"), tr("REST API key (imp_key):"),
                       m_impKeyEdit);
    m_messages->addRow(form, QStringLiteral("imp_secret"), tr("REST API secret (imp_secret):"),
                       m_secretEdit);
    form->addRow(QString(), m_secretStatusLabel);
    form->addRow(m_banner);
    m_messages->addRow(form, QStringLiteral("tier_code"), tr("Tier code:"), m_tierEdit);

    auto *channels = new QGroupBox(tr("Default channels (optional)"), this);
    channels->setObjectName(QStringLiteral("defaultChannelsGroupBox"));
    auto *channelForm = new QFormLayout(channels);
    channelForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_messages->addRow(channelForm, QStringLiteral("certification_channel_key"),
                       tr("Certification channel_key:"), m_certificationChannelEdit);
    m_messages->addRow(channelForm, QStringLiteral("billing_channel_key"),
                       tr("Billing key channel_key:"), m_billingChannelEdit);
    m_messages->addRow(channelForm, QStringLiteral("benepia_channel_key"),
                       tr("Benepia channel_key:"), m_benepiaChannelEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_liveBandLabel);
    layout->addWidget(formHost);
    layout->addWidget(channels);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(buildAdvanced());

    connect(m_liveCheck, &QCheckBox::toggled, m_liveBandLabel, &QLabel::setVisible);
    connect(m_tierEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_tierEdit->setText(text.toUpper());
    });
    connect(m_secretEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        setFieldMessage(QStringLiteral("imp_secret"), std::nullopt);
        updateServerNote();
        Q_EMIT secretTypedChanged(!text.isEmpty());
    });
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &ProfileEditor::updateServerNote);
    // Live changes what the address may be (no plain http): say so at once.
    connect(m_liveCheck, &QCheckBox::toggled, this,
            [this] { recheck(QStringLiteral("base_url"), false); });
    const QList<std::pair<QLineEdit *, QString>> checked {
        { m_nameEdit, QStringLiteral("name") },
        { m_impKeyEdit, QStringLiteral("imp_key") },
        { m_tierEdit, QStringLiteral("tier_code") },
        { m_baseUrlEdit, QStringLiteral("base_url") },
    };
    for (const auto &[edit, checkedField] : checked) {
        const QString field = checkedField; // clang(-tidy) 14 cannot capture a binding
        connect(edit, &QLineEdit::textEdited, this, [this, field] { recheck(field, true); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            if (field != u"name" && field != u"imp_key") // emptiness is reported on save
                recheck(field, false);
        });
    }
    connect(m_nameEdit, &QLineEdit::textEdited, this, &ProfileEditor::updateHeader);
}

QWidget *ProfileEditor::buildAdvanced()
{
    m_advancedButton->setObjectName(QStringLiteral("advancedToolButton"));
    m_advancedButton->setText(tr("Advanced"));
    m_advancedButton->setAccessibleName(tr("Show advanced settings"));
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setCheckable(true);
    m_advancedButton->setArrowType(Qt::RightArrow);

    m_advancedWidget = new QWidget(this);
    m_advancedWidget->setObjectName(QStringLiteral("advancedWidget"));
    auto *form = new QFormLayout(m_advancedWidget);
    form->setContentsMargins(18, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_baseUrlEdit->setPlaceholderText(Profile::defaultBaseUrl().toString());
    m_messages->addRow(form, QStringLiteral("base_url"), tr("API base URL:"), m_baseUrlEdit);
    auto *hint = new QLabel(tr("Leave as https://api.iamport.kr unless told otherwise. Plain "
                               "http is allowed only for this computer (a local sandbox)."),
                            m_advancedWidget);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_messages->addRow(form, QStringLiteral("lookup_timeout"), tr("Look-up timeout:"),
                       m_lookupTimeoutSpin);
    m_messages->addRow(form, QStringLiteral("pg_timeout"), tr("Card company / PG timeout:"),
                       m_pgTimeoutSpin);
    m_lookupTimeoutSpin->setAccessibleName(tr("Look-up timeout in seconds"));
    m_pgTimeoutSpin->setAccessibleName(tr("Card company or PG timeout in seconds"));
    auto *timeoutHint = new QLabel(tr("How long to wait for an answer. Registering a billing key "
                                      "and paying wait on a card company or PG and get the "
                                      "longer time; everything else the look-up time."),
                                   m_advancedWidget);
    timeoutHint->setWordWrap(true);
    form->addRow(QString(), timeoutHint);
    m_advancedWidget->hide();
    connect(m_advancedButton, &QToolButton::toggled, this, &ProfileEditor::setAdvancedVisible);
    return m_advancedWidget;
}

void ProfileEditor::setAdvancedVisible(bool visible)
{
    m_advancedButton->setChecked(visible);
    m_advancedButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advancedWidget->setVisible(visible);
}

void ProfileEditor::loadProfile(const Profile &profile)
{
    m_id = profile.id;
    m_messages->clear();
    m_nameEdit->setText(profile.name);
    m_liveCheck->setChecked(profile.live);
    m_readOnlyCheck->setChecked(profile.readOnly);
    m_impKeyEdit->setText(profile.impKey);
    m_secretEdit->clear();
    m_tierEdit->setText(profile.tierCode);
    m_certificationChannelEdit->setText(profile.certificationChannelKey);
    m_billingChannelEdit->setText(profile.billingChannelKey);
    m_benepiaChannelEdit->setText(profile.benepiaChannelKey);
    m_savedBaseUrl = m_id.isEmpty() ? QUrl() : profile.baseUrl;
    m_baseUrlEdit->setText(profile.baseUrl.toString());
    m_lookupTimeoutSpin->setValue(profile.lookupTimeoutSeconds);
    m_pgTimeoutSpin->setValue(profile.pgTimeoutSeconds);
    setAdvancedVisible(profile.baseUrl != Profile::defaultBaseUrl()
                       || profile.lookupTimeoutSeconds != Profile::DefaultLookupTimeoutSeconds
                       || profile.pgTimeoutSeconds != Profile::DefaultPgTimeoutSeconds);
    m_banner->hide();
    setSecretStatus(m_id.isEmpty() ? tr("No secret stored yet.") : QString());
    updateHeader();
    updateServerNote();
}

void ProfileEditor::startNew()
{
    loadProfile(Profile {});
}

Profile ProfileEditor::profile() const
{
    Profile p;
    p.id = m_id;
    p.name = m_nameEdit->text().trimmed();
    p.impKey = m_impKeyEdit->text().trimmed();
    const QString url = m_baseUrlEdit->text().trimmed();
    p.baseUrl = url.isEmpty() ? Profile::defaultBaseUrl() : QUrl(url, QUrl::StrictMode);
    p.tierCode = m_tierEdit->text().trimmed().toUpper();
    p.live = m_liveCheck->isChecked();
    p.readOnly = m_readOnlyCheck->isChecked();
    p.certificationChannelKey = m_certificationChannelEdit->text().trimmed();
    p.billingChannelKey = m_billingChannelEdit->text().trimmed();
    p.benepiaChannelKey = m_benepiaChannelEdit->text().trimmed();
    p.lookupTimeoutSeconds = m_lookupTimeoutSpin->value();
    p.pgTimeoutSeconds = m_pgTimeoutSpin->value();
    return p;
}

void ProfileEditor::setEditedId(const QString &id)
{
    m_id = id;
    m_savedBaseUrl = profile().baseUrl; // just saved: the form's address is the saved one
    updateServerNote();
    updateHeader();
}

QString ProfileEditor::typedSecret() const
{
    return m_secretEdit->text();
}

void ProfileEditor::clearTypedSecret()
{
    m_secretEdit->clear();
}

bool ProfileEditor::serverChanged() const
{
    return !m_id.isEmpty() && m_savedBaseUrl.isValid()
        && !sameServer(m_savedBaseUrl, profile().baseUrl);
}

QString ProfileEditor::serverChangedText()
{
    return tr("The API address is not the saved one: type the imp_secret again. The stored "
              "secret is only sent to the address it was saved with.");
}

void ProfileEditor::updateServerNote()
{
    const QString field = QStringLiteral("imp_secret");
    const bool changed = serverChanged();
    m_secretEdit->setPlaceholderText(
        m_id.isEmpty() || changed ? tr("Required") : tr("Leave empty to keep the stored secret"));
    const bool needed = changed && m_secretEdit->text().isEmpty();
    if (needed)
        m_messages->set(field, serverChangedText());
    else if (m_serverNoteShown && m_messages->message(field) == serverChangedText())
        m_messages->set(field, std::nullopt); // other messages of the field stay
    m_serverNoteShown = needed;
}

void ProfileEditor::showErrors(const FieldErrors &errors)
{
    for (const FieldError &error : errors) {
        if (error.field == u"base_url")
            setAdvancedVisible(true);
    }
    m_messages->show(errors);
    updateServerNote();
}

void ProfileEditor::setFieldMessage(const QString &field, const std::optional<QString> &message)
{
    m_messages->set(field, message);
}

QString ProfileEditor::fieldMessage(const QString &field) const
{
    return m_messages->message(field);
}

void ProfileEditor::setSecretStatus(const QString &text)
{
    m_secretStatusLabel->setText(text);
    m_secretStatusLabel->setVisible(!text.isEmpty());
}

QString ProfileEditor::secretStatus() const
{
    return m_secretStatusLabel->text();
}

void ProfileEditor::recheck(const QString &field, bool onlyIfShown)
{
    if (onlyIfShown && m_messages->message(field).isEmpty())
        return;
    std::optional<QString> message;
    const FieldErrors errors = validate(profile());
    for (const FieldError &error : errors) {
        if (error.field == field)
            message = error.message;
    }
    m_messages->set(field, message);
}

void ProfileEditor::updateHeader()
{
    const QString name = m_nameEdit->text().trimmed();
    if (m_id.isEmpty())
        m_headerLabel->setText(tr("New profile"));
    else
        m_headerLabel->setText(name.isEmpty() ? tr("Edit profile") : name);
}

} // namespace portone
