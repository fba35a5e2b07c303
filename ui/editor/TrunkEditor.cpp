#include "ui/editor/TrunkEditor.h"

#include "lint/LintEngine.h"
#include "model/FieldLabels.h"
#include "model/TrunkDiff.h"
#include "session/PlatformSession.h"
#include "session/SnapshotBuilder.h"
#include "session/TrunkEditSession.h"
#include "ui/common/Mnemonics.h"
#include "ui/common/Prompter.h"
#include "ui/common/ScreenFit.h"
#include "ui/common/WheelGuard.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/ReviewDialog.h"
#include "ui_TrunkEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

namespace {
// One undo step: the whole draft before and after. Consecutive edits of one field merge.
class DraftCommand final : public QUndoCommand {
public:
    DraftCommand(TrunkEditor *editor, Trunk before, Trunk after, int fieldId,
        std::function<void(const Trunk &)> apply)
        : m_before(std::move(before))
        , m_after(std::move(after))
        , m_fieldId(fieldId)
        , m_apply(std::move(apply))
    {
        Q_UNUSED(editor);
        setText(QCoreApplication::translate("xynap::ui", "Edit trunk"));
    }
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (!m_first)
            m_apply(m_after);
        m_first = false;
    }
    int id() const override { return m_fieldId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const DraftCommand *>(other)->m_after;
        return true;
    }

private:
    Trunk m_before;
    Trunk m_after;
    int m_fieldId;
    bool m_first = true;
    std::function<void(const Trunk &)> m_apply;
};

// The fields in the order of the form, top to bottom.
const QStringList &formOrder()
{
    static const QStringList order {u"provider"_s, u"gateway_name"_s, u"profile"_s, u"proxy"_s,
        u"outbound_proxy"_s, u"register_proxy"_s, u"register"_s, u"realm"_s, u"username"_s,
        u"password"_s, u"caller_id"_s, u"caller_id_in_from"_s, u"gw_auth_acl"_s, u"ping_seconds"_s,
        u"expire_seconds"_s, u"retry_seconds"_s, u"numbers"_s};
    return order;
}

QString severityText(lint::Severity s)
{
    switch (s) {
    case lint::Severity::Error:
        return QCoreApplication::translate("xynap::ui", "✖ Error");
    case lint::Severity::Warning:
        return QCoreApplication::translate("xynap::ui", "▲ Warning");
    case lint::Severity::Info:
        return QCoreApplication::translate("xynap::ui", "ℹ Note");
    }
    return {};
}
} // namespace

TrunkEditor::TrunkEditor(session::PlatformSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrunkEditor>())
    , m_session(session)
    , m_edit(new session::TrunkEditSession(session->api(), this))
    , m_undo(new QUndoStack(this))
{
    buildForm();
    setObjectName(u"trunkEditor"_s);
    connect(m_edit, &session::TrunkEditSession::draftChanged, this, [this] {
        if (!m_loading)
            loadDraftIntoForm();
        relint();
        updateTitle();
        updateSaveEnabled();
    });
    connect(m_edit, &session::TrunkEditSession::saved, this, [this](const Trunk &t) {
        m_ui->editorStatusLabel->setText(
            tr("✔ Saved. FreeSWITCH keeps running the old gateway until it is "
               "applied: Apply to FreeSWITCH on the Trunks page, with %1 selected.")
                .arg(t.gatewayName));
        m_undo->clear();
        updateSaveEnabled();
        Q_EMIT savedTrunk(t);
        m_session->refreshTrunks();
    });
    connect(m_edit, &session::TrunkEditSession::rejected, this,
        [this](const QList<FieldError> &fields, const QString &message) {
            showServerErrors(fields);
            m_ui->editorStatusLabel->setText(
                u"✖ "_s + message + u" "_s + tr("Your changes are kept."));
        });
    connect(m_edit, &session::TrunkEditSession::failed, this, [this](const QString &message) {
        m_ui->editorStatusLabel->setText(u"✖ "_s + message + u" "_s
            + tr("Your changes are kept; save again when the Platform API is back."));
    });
    connect(m_edit, &session::TrunkEditSession::conflict, this, &TrunkEditor::onConflict);
    connect(m_edit, &session::TrunkEditSession::busyChanged, this, [this](bool busy) {
        updateSaveEnabled();
        if (busy)
            m_ui->editorStatusLabel->setText(tr("Saving…"));
    });
    connect(m_edit, &session::TrunkEditSession::removed, this, [this] {
        m_session->refreshTrunks();
        QDialog::done(QDialog::Accepted);
    });
    // Ctrl+S: the review, which is where saving happens.
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_ui->reviewPushButton->isEnabled())
            review();
    });
    fitToScreen(this, QSize(900, 820));
}

TrunkEditor::~TrunkEditor() = default;

void TrunkEditor::buildForm()
{
    m_ui->setupUi(this);
    m_ui->readOnlyLabel->hide();

    for (const ProviderSpec &p : m_session->catalog().providers())
        m_ui->providerField->addItem(p.name, p.id);
    m_ui->profileField->addItems({u"internal"_s, u"external-ipv4"_s});
    for (QSpinBox *s :
        {m_ui->ping_secondsField, m_ui->expire_secondsField, m_ui->retry_secondsField}) {
        s->setRange(0, 86400);
        s->setSuffix(tr(" s"));
    }
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_ui->ping_secondsField, m_ui->expire_secondsField,
            m_ui->retry_secondsField, m_ui->providerField, m_ui->profileField})
        WheelGuard::install(w);
    m_ui->numbersField->setAccessibleName(trunkFieldLabel(u"numbers"_s));
    m_ui->numbersField->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_fieldWidgets = {{u"provider"_s, m_ui->providerField},
        {u"gateway_name"_s, m_ui->gateway_nameField}, {u"profile"_s, m_ui->profileField},
        {u"proxy"_s, m_ui->proxyField}, {u"outbound_proxy"_s, m_ui->outbound_proxyField},
        {u"register_proxy"_s, m_ui->register_proxyField}, {u"register"_s, m_ui->registerField},
        {u"realm"_s, m_ui->realmField}, {u"username"_s, m_ui->usernameField},
        {u"password"_s, m_ui->passwordField}, {u"caller_id"_s, m_ui->caller_idField},
        {u"caller_id_in_from"_s, m_ui->caller_id_in_fromField},
        {u"gw_auth_acl"_s, m_ui->gw_auth_aclField}, {u"ping_seconds"_s, m_ui->ping_secondsField},
        {u"expire_seconds"_s, m_ui->expire_secondsField},
        {u"retry_seconds"_s, m_ui->retry_secondsField}, {u"numbers"_s, m_ui->numbersField}};
    // The labels from the one table of field names (model/FieldLabels), and under each field a
    // place for what the checks say about it and its fix: next to the field, not far below.
    QFormLayout *form = m_ui->formLayout;
    // An Alt+letter for every label and check box, none that a button of the dialog holds.
    // Undo and redo are Ctrl+Z and Ctrl+Shift+Z (a button has one shortcut): their letters are
    // free for the fields. Close is Esc.
    for (QPushButton *b : {m_ui->undoPushButton, m_ui->redoPushButton}) {
        QString text = b->text();
        b->setText(text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u"&&"_s));
    }
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_ui->revertPushButton),
             static_cast<QAbstractButton *>(m_ui->reviewPushButton)})
        m_mnemonics.insert(mnemonicOf(b->text()));
    m_mnemonics.remove(QChar());
    // The rest in one go, so that a letter one text could do without goes to one that needs it.
    QList<QWidget *> owners;
    QStringList texts;
    for (const QString &key : formOrder()) {
        if (auto *label = m_ui->formWidget->findChild<QLabel *>(key + u"Label"_s)) {
            owners.append(label);
            texts.append(escapedForMnemonic(trunkFieldLabel(key)));
        }
    }
    const QList<QAbstractButton *> buttons {m_ui->registerField, m_ui->caller_id_in_fromField,
        m_ui->addNumberPushButton, m_ui->removeNumberPushButton};
    for (QAbstractButton *b : std::as_const(buttons)) {
        owners.append(b);
        texts.append(b->text());
    }
    const QStringList marked = withMnemonics(texts, m_mnemonics);
    for (qsizetype i = 0; i < owners.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(owners.at(i)))
            label->setText(marked.at(i));
        else
            static_cast<QAbstractButton *>(owners.at(i))->setText(marked.at(i));
    }
    // Enter in a field presses Review and save — enabled only when something changed — and
    // never a button that happens to come first in the focus chain.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_ui->reviewPushButton->setAutoDefault(true);
    m_ui->reviewPushButton->setDefault(true);
    QList<std::pair<int, QString>> rows; // the form's row of each field, last first
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(it.value(), &row, &role);
        if (row < 0 && it.key() == u"password"_s) // in a row of its own with the state
            form->getLayoutPosition(m_ui->passwordLayout, &row, &role);
        if (row < 0 && it.key() == u"numbers"_s) // above its buttons
            form->getLayoutPosition(m_ui->numbersLayout, &row, &role);
        if (row >= 0)
            rows.append({row, it.key()});
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const auto &[row, key] : std::as_const(rows)) {
        auto *note = new QWidget(m_ui->formWidget);
        note->setObjectName(key + u"NoteWidget"_s);
        auto *noteLayout = new QVBoxLayout(note);
        noteLayout->setContentsMargins(0, 0, 0, 4);
        note->hide();
        form->insertRow(row + 1, QString(), note);
        m_notes.insert(key, note);
    }

    auto *addNumber = m_ui->addNumberPushButton;
    auto *removeNumber = m_ui->removeNumberPushButton;
    auto *undo = m_ui->undoPushButton;
    auto *redo = m_ui->redoPushButton;
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    undo->setToolTip(tr("Undo (%1)").arg(undo->shortcut().toString(QKeySequence::NativeText)));
    redo->setToolTip(tr("Redo (%1)").arg(redo->shortcut().toString(QKeySequence::NativeText)));
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_ui->revertPushButton, &QPushButton::clicked, this, [this] {
        m_undo->clear();
        m_edit->setDraft(m_edit->stored());
    });
    connect(m_ui->reviewPushButton, &QPushButton::clicked, this, &TrunkEditor::review);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *e : {m_ui->gateway_nameField, m_ui->proxyField, m_ui->outbound_proxyField,
             m_ui->register_proxyField, m_ui->realmField, m_ui->usernameField, m_ui->passwordField,
             m_ui->caller_idField, m_ui->gw_auth_aclField})
        connect(e, &QLineEdit::textEdited, this, &TrunkEditor::onFormEdited);
    for (QCheckBox *c : {m_ui->registerField, m_ui->caller_id_in_fromField})
        connect(c, &QCheckBox::toggled, this, &TrunkEditor::onFormEdited);
    for (QSpinBox *s :
        {m_ui->ping_secondsField, m_ui->expire_secondsField, m_ui->retry_secondsField})
        connect(s, &QSpinBox::valueChanged, this, &TrunkEditor::onFormEdited);
    connect(m_ui->providerField, &QComboBox::currentIndexChanged, this, &TrunkEditor::onFormEdited);
    connect(m_ui->profileField, &QComboBox::currentTextChanged, this, &TrunkEditor::onFormEdited);
    connect(m_ui->numbersField, &QTableWidget::itemChanged, this, &TrunkEditor::onFormEdited);
    connect(addNumber, &QPushButton::clicked, this, [this] {
        // An empty row to type into; the draft changes when a number is typed (an empty row is
        // not a number), so nothing is offered to "fix" before the operator wrote anything.
        const int row = m_ui->numbersField->rowCount();
        {
            const QSignalBlocker blocker(m_ui->numbersField);
            m_ui->numbersField->insertRow(row);
            m_ui->numbersField->setItem(row, 0, new QTableWidgetItem());
            m_ui->numbersField->setItem(row, 1, new QTableWidgetItem());
        }
        m_ui->numbersField->setCurrentCell(row, 0);
        m_ui->numbersField->editItem(m_ui->numbersField->item(row, 0));
    });
    connect(removeNumber, &QPushButton::clicked, this, [this] {
        if (m_ui->numbersField->currentRow() >= 0) {
            m_ui->numbersField->removeRow(m_ui->numbersField->currentRow());
            onFormEdited();
        }
    });
    updateTabOrder();
}

void TrunkEditor::updateSaveEnabled()
{
    const bool something = m_edit->isNew() || m_edit->isDirty();
    m_ui->reviewPushButton->setEnabled(
        !m_edit->isBusy() && m_ui->readOnlyLabel->isHidden() && something);
    m_ui->reviewPushButton->setToolTip(something || !m_ui->readOnlyLabel->isHidden()
            ? QString()
            : tr("Nothing changed: there is nothing to review or save."));
}

void TrunkEditor::updateTabOrder()
{
    QList<QWidget *> chain;
    for (const QString &key : formOrder()) {
        chain.append(m_fieldWidgets.value(key));
        if (QWidget *note = m_notes.value(key)) {
            for (QPushButton *fix : note->findChildren<QPushButton *>())
                chain.append(fix);
        }
    }
    chain << m_ui->addNumberPushButton << m_ui->removeNumberPushButton;
    for (QPushButton *fix : m_ui->checksGroupBox->findChildren<QPushButton *>())
        chain.append(fix);
    chain << m_ui->undoPushButton << m_ui->redoPushButton << m_ui->revertPushButton
          << m_ui->reviewPushButton;
    for (QAbstractButton *b : m_ui->buttonBox->buttons())
        chain.append(b);
    chain.removeAll(nullptr);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void TrunkEditor::editTrunk(const Trunk &stored, const QByteArray &etag)
{
    m_undo->clear();
    m_edit->begin(stored, etag);
}

void TrunkEditor::newTrunk(const QString &providerId)
{
    const ProviderCatalog &catalog = m_session->catalog();
    const ProviderSpec *p = catalog.find(providerId);
    Trunk t;
    if (p) {
        // Prefilled from the provider documentation.
        t.provider = p->id;
        // The provider's name, numbered when a trunk has it already: no duplicate-name error
        // on a trunk nobody has typed into.
        QSet<QString> taken;
        for (const Trunk &existing : m_session->trunks()->trunks())
            taken.insert(existing.gatewayName);
        t.gatewayName = p->id;
        for (int n = 2; taken.contains(t.gatewayName); ++n)
            t.gatewayName = u"%1-%2"_s.arg(p->id).arg(n);
        t.profile = p->profile;
        t.proxy = p->proxy;
        t.outboundProxy = p->outboundProxy;
        t.registerEnabled = p->registers;
        t.realm = p->realm;
        t.pingSeconds = p->pingSeconds;
        t.expireSeconds = p->expireSeconds;
        t.retrySeconds = p->retrySeconds;
        t.callerIdInFrom = p->callerIdInFrom;
    }
    m_undo->clear();
    m_edit->beginNew(t);
}

void TrunkEditor::setReadOnlyReason(const QString &reason)
{
    m_ui->readOnlyLabel->setText(reason);
    m_ui->readOnlyLabel->setVisible(!reason.isEmpty());
    updateSaveEnabled();
    // Nothing to revert on a trunk that cannot be changed.
    if (auto *revert = findChild<QPushButton *>(u"revertPushButton"_s))
        revert->setVisible(reason.isEmpty());
    for (QWidget *w : std::as_const(m_fieldWidgets))
        w->setEnabled(reason.isEmpty());
}

void TrunkEditor::loadDraftIntoForm()
{
    m_loading = true;
    const Trunk &t = m_edit->draft();
    const int providerIndex = m_ui->providerField->findData(t.provider);
    m_ui->providerField->setCurrentIndex(providerIndex);
    m_ui->gateway_nameField->setText(t.gatewayName);
    m_ui->profileField->setCurrentText(t.profile);
    m_ui->proxyField->setText(t.proxy);
    m_ui->outbound_proxyField->setText(t.outboundProxy);
    m_ui->register_proxyField->setText(t.registerProxy);
    m_ui->registerField->setChecked(t.registerEnabled);
    m_ui->realmField->setText(t.realm);
    m_ui->usernameField->setText(t.username);
    m_ui->passwordField->setText(t.password);
    m_ui->caller_idField->setText(t.callerId);
    m_ui->caller_id_in_fromField->setChecked(t.callerIdInFrom);
    m_ui->gw_auth_aclField->setText(t.gwAuthAcl);
    m_ui->ping_secondsField->setValue(t.pingSeconds);
    m_ui->expire_secondsField->setValue(t.expireSeconds);
    m_ui->retry_secondsField->setValue(t.retrySeconds);
    m_ui->numbersField->setRowCount(0);
    for (const TrunkNumber &n : t.numbers) {
        const int row = m_ui->numbersField->rowCount();
        m_ui->numbersField->insertRow(row);
        m_ui->numbersField->setItem(row, 0, new QTableWidgetItem(n.number));
        m_ui->numbersField->setItem(row, 1, new QTableWidgetItem(n.use));
    }
    const bool stored = m_edit->stored().passwordSet;
    m_ui->passwordField->setPlaceholderText(
        stored ? tr("stored — type to set a new password") : tr("no password stored"));
    m_ui->passwordStateLabel->setText(
        t.password.isEmpty() ? (stored ? tr("stored") : tr("not set")) : tr("will be replaced"));
    m_loading = false;
}

Trunk TrunkEditor::draftFromForm() const
{
    Trunk t = m_edit->draft();
    t.provider = m_ui->providerField->currentData().toString();
    t.gatewayName = m_ui->gateway_nameField->text();
    t.profile = m_ui->profileField->currentText();
    t.proxy = m_ui->proxyField->text();
    t.outboundProxy = m_ui->outbound_proxyField->text();
    t.registerProxy = m_ui->register_proxyField->text();
    t.registerEnabled = m_ui->registerField->isChecked();
    t.realm = m_ui->realmField->text();
    t.username = m_ui->usernameField->text();
    t.password = m_ui->passwordField->text();
    t.callerId = m_ui->caller_idField->text();
    t.callerIdInFrom = m_ui->caller_id_in_fromField->isChecked();
    t.gwAuthAcl = m_ui->gw_auth_aclField->text();
    t.pingSeconds = m_ui->ping_secondsField->value();
    t.expireSeconds = m_ui->expire_secondsField->value();
    t.retrySeconds = m_ui->retry_secondsField->value();
    t.numbers.clear();
    for (int row = 0; row < m_ui->numbersField->rowCount(); ++row) {
        const QTableWidgetItem *n = m_ui->numbersField->item(row, 0);
        const QTableWidgetItem *u = m_ui->numbersField->item(row, 1);
        if ((!n || n->text().isEmpty()) && (!u || u->text().isEmpty()))
            continue; // a row added and not filled in yet
        t.numbers.append({n ? n->text() : QString(), u ? u->text() : QString()});
    }
    return t;
}

void TrunkEditor::onFormEdited()
{
    if (m_loading)
        return;
    const Trunk before = m_edit->draft();
    const Trunk after = draftFromForm();
    if (before == after)
        return;
    QWidget *source = qobject_cast<QWidget *>(sender());
    const int fieldId = source ? int(qHash(source->objectName()) & 0x7fffffff) : -1;
    m_serverErrors.clear();
    m_loading = true;
    m_edit->setDraft(after);
    m_loading = false;
    m_undo->push(new DraftCommand(
        this, before, after, fieldId, [this](const Trunk &t) { m_edit->setDraft(t); }));
}

void TrunkEditor::relint()
{
    session::SnapshotBuilder snapshot(m_session->catalog());
    snapshot.setTrunks(m_session->trunks()->trunks()).setProfiles(m_session->profiles());
    m_findings = lint::LintEngine().runOnTrunk(m_edit->draft(), snapshot.snapshot());

    const auto clear = [](QLayout *layout) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    };
    clear(m_ui->checksLayout);
    for (QWidget *note : std::as_const(m_notes)) {
        clear(note->layout());
        note->hide();
    }
    int atFields = 0;
    QSet<QChar> mnemonics = m_mnemonics; // the fixes take the letters left over
    QHash<QString, QStringList> byField;
    QHash<QString, lint::Severity> worst;
    const auto noteWorst = [&worst](const QString &field, lint::Severity s) {
        if (!worst.contains(field) || int(s) > int(worst.value(field)))
            worst.insert(field, s);
    };
    for (const lint::Finding &f : std::as_const(m_findings)) {
        for (const QString &field : f.fields) {
            byField[field.section(u'[', 0, 0)].append(f.message);
            noteWorst(field.section(u'[', 0, 0), f.severity);
        }
        auto *row = new QWidget;
        row->setObjectName(u"finding_"_s + f.ruleId);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *text
            = new QLabel(u"<b>%1 · %2</b> — %3<br><small>%4</small>"_s.arg(severityText(f.severity),
                             f.ruleId, f.message.toHtmlEscaped(), f.why.toHtmlEscaped()),
                row);
        text->setWordWrap(true);
        h->addWidget(text, 1);
        if (f.fixedTrunk) {
            auto *fix
                = new QPushButton(withMnemonic(escapedForMnemonic(f.fixLabel), mnemonics), row);
            fix->setObjectName(u"fix_"_s + f.ruleId);
            fix->setAutoDefault(false);
            const Trunk fixed = *f.fixedTrunk;
            connect(fix, &QPushButton::clicked, this, [this, fixed] {
                const Trunk before = m_edit->draft();
                Trunk after = fixed;
                after.password = before.password;
                m_edit->setDraft(after);
                m_undo->push(new DraftCommand(
                    this, before, after, -1, [this](const Trunk &t) { m_edit->setDraft(t); }));
            });
            h->addWidget(fix);
        }
        // Under the first field it names; what names no field of the form stays in Checks.
        QWidget *note = nullptr;
        for (const QString &field : f.fields) {
            note = m_notes.value(field.section(u'[', 0, 0));
            if (note)
                break;
        }
        if (note) {
            note->layout()->addWidget(row);
            note->show();
            ++atFields;
        } else {
            m_ui->checksLayout->addWidget(row);
        }
    }
    if (m_findings.isEmpty())
        m_ui->checksLayout->addWidget(new QLabel(tr("✔ No problems found.")));
    else if (atFields == m_findings.size())
        m_ui->checksLayout->addWidget(
            new QLabel(tr("%n finding(s), each shown under its field above.", nullptr, atFields)));
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it) {
        byField[it.key()].append(it.value());
        noteWorst(it.key(), lint::Severity::Error);
    }
    for (auto it = m_fieldWidgets.begin(); it != m_fieldWidgets.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setToolTip(messages.join(u'\n'));
        it.value()->setProperty("finding", !messages.isEmpty());
        // An error a solid red border, a warning a dashed amber one, a note none.
        QString style;
        if (!messages.isEmpty()) {
            switch (worst.value(it.key(), lint::Severity::Info)) {
            case lint::Severity::Error:
                style = u"border: 2px solid #c62828;"_s;
                break;
            case lint::Severity::Warning:
                style = u"border: 2px dashed #e65100;"_s;
                break;
            case lint::Severity::Info:
                break;
            }
        }
        it.value()->setProperty(
            "severity", messages.isEmpty() ? QString() : lint::severityName(worst.value(it.key())));
        it.value()->setStyleSheet(style);
    }
    updateTabOrder();
}

void TrunkEditor::showServerErrors(const QList<FieldError> &errors)
{
    m_serverErrors.clear();
    for (const FieldError &e : errors)
        m_serverErrors.insert(e.field.section(u'[', 0, 0), e.message);
    relint();
}

void TrunkEditor::updateTitle()
{
    const Trunk &t = m_edit->draft();
    const QString name = t.gatewayName.isEmpty() ? tr("new trunk") : t.gatewayName;
    setWindowTitle((m_edit->isDirty() ? u"● "_s : QString())
        + (m_edit->isNew() ? tr("New trunk %1").arg(name) : tr("Trunk %1").arg(name)));
}

void TrunkEditor::review()
{
    if (!m_edit->isNew() && !m_edit->isDirty()) {
        m_ui->editorStatusLabel->setText(
            tr("Nothing changed: there is nothing to review or save."));
        return;
    }
    auto *dialog = new ReviewDialog(m_edit, m_findings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::confirmed, this, [this](const QString &overrideReason) {
        if (!overrideReason.isEmpty())
            m_session->logNote(
                tr("Saved %1 despite errors: %2").arg(m_edit->draft().gatewayName, overrideReason));
        m_edit->save();
    });
    dialog->open();
}

void TrunkEditor::onConflict(const Trunk &theirs, const QByteArray &etag)
{
    m_ui->editorStatusLabel->setText(
        tr("✖ Someone else saved this trunk in the meantime. Choose per field what "
           "to keep; nothing is lost."));
    auto *dialog = new ConflictDialog(
        m_edit->stored(), theirs, m_edit->draft(), QDateTime::currentDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, [this, theirs, etag](const Trunk &merged) {
        m_edit->resolveConflict(merged, theirs, etag);
        m_ui->editorStatusLabel->setText(tr("Merged with their version. Review and save again."));
    });
    dialog->open();
}

void TrunkEditor::done(int result)
{
    if (result != QDialog::Accepted && m_edit->isDirty()
        && !Prompter::instance()->confirm(this, tr("Discard changes?"),
            tr("The trunk %1 has unsaved changes. Close and discard them?")
                .arg(m_edit->draft().gatewayName),
            tr("Discard changes")))
        return;
    QDialog::done(result);
}

} // namespace xynap::ui
