#include "ui/trunks/TrunksPage.h"

#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/common/FormLayouts.h"
#include "ui/editor/DeleteTrunkDialog.h"
#include "ui/editor/TrunkEditor.h"
#include "ui_TrunksPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace xynap::ui {

namespace {
enum FindingRole {
    OffersApplyRole = Qt::UserRole + 1,
    ProfileRole,
    KillGatewayRole,
    NodeRole,
    SubjectRole,
    AclRole
};
}

TrunksPage::TrunksPage(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrunksPage>())
    , m_session(session)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    refreshFormLayouts(this);
    m_proxy->setSourceModel(session->trunks());
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(session::TrunkTableModel::SortRole);
    m_ui->trunksTableView->setModel(m_proxy);
    m_ui->trunksTableView->sortByColumn(session::TrunkTableModel::Name, Qt::AscendingOrder);

    // One button per provider of the session's catalog: a third provider is a catalog file.
    // They go between the filter and Edit…, and come after Reload in the Tab order.
    QList<QPushButton *> writeButtons;
    int at = 1;
    QWidget *tabBefore = m_ui->reloadPushButton;
    for (const ProviderSpec &provider : session->catalog().providers()) {
        QString name = provider.name;
        auto *button
            = new QPushButton(tr("New %1 trunk").arg(u'&' + name.replace(u'&', u"&&"_s)), this);
        button->setObjectName(u"new_%1_TrunkPushButton"_s.arg(provider.id));
        connect(button, &QPushButton::clicked, this, [this, id = provider.id] { openEditor(id); });
        m_ui->toolbarLayout->insertWidget(at++, button);
        QWidget::setTabOrder(tabBefore, button);
        tabBefore = button;
        writeButtons.append(button);
    }
    QPushButton *remove = m_ui->deleteTrunkPushButton;
    connect(m_ui->editTrunkPushButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_ui->trunksTableView, &QTableView::doubleClicked, this, [this] { openEditor({}); });
    connect(remove, &QPushButton::clicked, this, &TrunksPage::deleteSelected);
    // The keyboard map (Help → Keyboard map): Ctrl+F the filter, Enter opens the selected trunk,
    // Del deletes it (after the usual confirmation).
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->trunkFilterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->trunkFilterLineEdit->selectAll();
    });
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open
            = new QShortcut(key, m_ui->trunksTableView, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] { openEditor({}); });
    }
    auto *del = new QShortcut(
        QKeySequence::Delete, m_ui->trunksTableView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this, remove] {
        if (remove->isEnabled())
            deleteSelected();
    });
    // A read-only token cannot create or delete: the buttons say so instead of failing later.
    writeButtons.append(remove);
    const auto updateWritable = [this, writeButtons] {
        const bool known = !m_session->permissions().isEmpty();
        const bool writable = !known || m_session->canWriteTrunks();
        const QString why = writable ? QString()
                                     : tr("Read only: your token (%1) lacks the permission "
                                          "trunks:write.")
                                           .arg(m_session->operatorName());
        for (QPushButton *b : writeButtons) {
            b->setEnabled(writable);
            b->setToolTip(why);
        }
    };
    connect(session, &session::PlatformSession::identityChecked, this, updateWritable);
    updateWritable();
    setApplyEnabled(false);
    connect(session, &session::PlatformSession::findingsChanged, this, &TrunksPage::updateFindings);
    connect(m_ui->findingsTreeWidget, &QTreeWidget::currentItemChanged, this,
        &TrunksPage::updateApplyEnabled);
    // Apply is offered on the trunk that needs it, not only on its finding's row.
    connect(m_ui->trunksTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] {
            if (!m_restoringSelection)
                m_ui->findingsTreeWidget->setCurrentItem(nullptr);
            updateApplyEnabled();
        });
    // A reload (after every save) keeps the operator's trunk selected: the one to apply next.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedTrunkId = m_ui->trunksTableView->currentIndex()
                                .data(session::TrunkTableModel::TrunkIdRole)
                                .toInt();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const QScopedValueRollback restoring(m_restoringSelection, true);
        for (int row = 0; m_selectedTrunkId != 0 && row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(session::TrunkTableModel::TrunkIdRole).toInt() == m_selectedTrunkId)
                m_ui->trunksTableView->setCurrentIndex(index);
        }
        updateApplyEnabled();
    });
    connect(m_ui->applyFindingPushButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = applyItem();
        if (!item)
            return;
        Q_EMIT applyRequested(item->data(0, NodeRole).toString(),
            item->data(0, ProfileRole).toString(), item->data(0, KillGatewayRole).toString());
    });
    connect(m_ui->findingsTreeWidget, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) {
            const int id = item->data(0, Qt::UserRole).toInt();
            if (id == 0) { // the firewall or the ACL, not a trunk
                Q_EMIT coverageRequested(
                    item->data(0, SubjectRole).toString(), item->data(0, AclRole).toBool());
                return;
            }
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const QModelIndex index = m_proxy->index(row, 0);
                if (index.data(session::TrunkTableModel::TrunkIdRole).toInt() == id)
                    m_ui->trunksTableView->setCurrentIndex(index);
            }
            openEditor({});
        });
    // A failed load (the network, DNS, TLS, the API itself) says why and offers to try again.
    m_ui->retryPushButton->hide();
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        m_ui->retryPushButton->hide();
        m_ui->trunksStatusLabel->setText(tr("Trying again…"));
        m_session->refreshTrunks();
    });

    connect(m_ui->trunkFilterLineEdit, &QLineEdit::textChanged, m_proxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->trunkFilterLineEdit, &QLineEdit::textChanged, this, &TrunksPage::updateStatus);
    connect(m_ui->reloadPushButton, &QPushButton::clicked, session,
        &session::PlatformSession::refreshTrunks);
    connect(session, &session::PlatformSession::trunksLoaded, this, [this] {
        sizeColumnsOnce();
        updateStatus();
    });
    if (session->trunks()->rowCount() > 0)
        sizeColumnsOnce();
    connect(session, &session::PlatformSession::loadFailed, this, &TrunksPage::updateStatus);
    // The countdown to the next automatic try, once a second.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TrunksPage::updateStatus);
    connect(session, &session::PlatformSession::loadFailed, this, &TrunksPage::updateFindings);
    updateStatus();
    // A page made after the session has its findings (a second window) shows them at once.
    if (session->trunks()->rowCount() > 0)
        updateFindings();
}

TrunksPage::~TrunksPage() = default;

QTableView *TrunksPage::view() const
{
    return m_ui->trunksTableView;
}

QTreeWidget *TrunksPage::findingsView() const
{
    return m_ui->findingsTreeWidget;
}

QTreeWidgetItem *TrunksPage::applyItem() const
{
    QTreeWidgetItem *current = m_ui->findingsTreeWidget->currentItem();
    if (current && current->data(0, OffersApplyRole).toBool())
        return current;
    const QModelIndex trunk = m_ui->trunksTableView->currentIndex();
    if (current || !trunk.isValid())
        return nullptr;
    const int id = trunk.data(session::TrunkTableModel::TrunkIdRole).toInt();
    for (int i = 0; i < m_ui->findingsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->findingsTreeWidget->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == id && item->data(0, OffersApplyRole).toBool())
            return item;
    }
    return nullptr;
}

void TrunksPage::updateApplyEnabled()
{
    setApplyEnabled(applyItem() != nullptr);
}

void TrunksPage::setApplyEnabled(bool enabled)
{
    m_ui->applyFindingPushButton->setEnabled(enabled);
    // Greyed out, it says why and what would enable it.
    m_ui->applyFindingPushButton->setToolTip(enabled
            ? tr("For a trunk saved but not applied: killgw + rescan on every connected node; "
                 "for one FreeSWITCH does not run: a rescan of its profile. Calls in progress "
                 "are kept.")
            : tr("Select a trunk saved but not applied (XY-NOT-APPLIED) or not running "
                 "(XY-NOT-RUNNING), or its finding, to apply it to FreeSWITCH."));
}

void TrunksPage::updateFindings()
{
    // The list is rebuilt on every relint (gateway events cause some): keep the operator's row.
    const auto keyOf = [](QTreeWidgetItem *item) {
        return item ? item->text(1) + u'\x1f' + item->text(2) + u'\x1f' + item->text(3) : QString();
    };
    const QString selected = keyOf(m_ui->findingsTreeWidget->currentItem());
    m_ui->findingsTreeWidget->clear();
    setApplyEnabled(false);
    // The profile of each trunk, looked up once: a scan of every trunk per finding was
    // trunks × findings (2,000 × 26,000 at 20,000 gateways on 10 nodes).
    QHash<int, QString> profileOf;
    for (const Trunk &t : m_session->trunks()->trunks())
        profileOf.insert(t.id, t.profile);
    QList<QTreeWidgetItem *> items;
    items.reserve(m_session->findings().size());
    for (const lint::Finding &f : m_session->findings()) {
        const QString severity = f.severity == lint::Severity::Error ? tr("✖ Error")
            : f.severity == lint::Severity::Warning                  ? tr("▲ Warning")
                                                                     : tr("ℹ Note");
        const QString where = f.trunkId != 0  ? f.gatewayName
            : f.ruleId.startsWith(u"XY-ACL-") ? tr("ACL %1").arg(f.subject)
                                              : tr("Firewall %1").arg(f.subject);
        auto *item = new QTreeWidgetItem({severity, where, f.ruleId, f.message});
        items.append(item);
        QString tip = f.why;
        if (!f.fixLines.isEmpty())
            tip += u"\n\n"_s + tr("Fix:") + u"\n"_s + f.fixLines.join(u'\n');
        item->setToolTip(3, tip);
        item->setData(0, Qt::UserRole, f.trunkId);
        item->setData(0, SubjectRole, f.subject);
        item->setData(0, AclRole, f.ruleId.startsWith(u"XY-ACL-"));
        if (f.offersApply) {
            const QString profile = profileOf.value(f.trunkId);
            item->setData(0, OffersApplyRole, !profile.isEmpty());
            item->setData(0, ProfileRole, profile);
            item->setData(0, NodeRole, f.node);
            // Not running at all: nothing to kill, a rescan loads it.
            item->setData(
                0, KillGatewayRole, f.ruleId == u"XY-NOT-RUNNING"_s ? QString() : f.gatewayName);
        }
    }
    m_ui->findingsTreeWidget->addTopLevelItems(items); // in one go, not one insertion per finding
    // Unknown is not the same as fine: say what could not be checked.
    const QStringList unchecked = m_session->coverageProblems();
    if (!unchecked.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_ui->findingsTreeWidget,
            {tr("ℹ Note"), tr("Firewall, ACL"), QString(),
                tr("Not checked: %1").arg(unchecked.join(u' '))});
        item->setToolTip(3, unchecked.join(u'\n'));
    }
    // Trunks that could not be loaded were not checked: never "no problems".
    const bool trunksUnknown
        = !m_session->lastError().isEmpty() && m_session->trunks()->rowCount() == 0;
    if (trunksUnknown)
        new QTreeWidgetItem(m_ui->findingsTreeWidget,
            {tr("ℹ Note"), tr("Trunks"), QString(),
                tr("Not checked: the trunks could not be loaded.")});
    else if (m_session->findings().isEmpty())
        new QTreeWidgetItem(m_ui->findingsTreeWidget,
            {tr("✔"), QString(), QString(),
                unchecked.isEmpty()
                    ? tr("No problems found in the trunks, the firewall or the ACL.")
                    : tr("No problems found in the trunks.")});
    for (int c = 0; c < 3; ++c)
        m_ui->findingsTreeWidget->resizeColumnToContents(c);
    for (int i = 0; !selected.isEmpty() && i < m_ui->findingsTreeWidget->topLevelItemCount(); ++i) {
        if (keyOf(m_ui->findingsTreeWidget->topLevelItem(i)) == selected)
            m_ui->findingsTreeWidget->setCurrentItem(m_ui->findingsTreeWidget->topLevelItem(i));
    }
    updateApplyEnabled();
}

std::optional<Trunk> TrunksPage::selectedTrunk() const
{
    const QModelIndex current = m_ui->trunksTableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int id = current.data(session::TrunkTableModel::TrunkIdRole).toInt();
    for (const Trunk &t : m_session->trunks()->trunks())
        if (t.id == id)
            return t;
    return std::nullopt;
}

TrunkEditor *TrunksPage::openEditor(const QString &newProvider)
{
    auto *editor = new TrunkEditor(m_session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!newProvider.isEmpty()) {
        editor->newTrunk(newProvider);
    } else {
        const std::optional<Trunk> t = selectedTrunk();
        if (!t) {
            delete editor;
            return nullptr;
        }
        editor->editTrunk(*t, m_session->trunkEtag(t->id));
    }
    if (!m_session->permissions().isEmpty() && !m_session->canWriteTrunks())
        editor->setReadOnlyReason(tr("Read only: your token (%1) lacks the permission "
                                     "trunks:write. You can look, but not save.")
                                      .arg(m_session->operatorName()));
    m_lastEditor = editor;
    editor->show();
    return editor;
}

TrunkEditor *TrunksPage::openTrunk(const QString &gatewayName)
{
    // The filter could hide it: clear it first, then find the row.
    m_ui->trunkFilterLineEdit->clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, session::TrunkTableModel::Name);
        if (index.data().toString() == gatewayName) {
            m_ui->trunksTableView->setCurrentIndex(index);
            m_ui->trunksTableView->scrollTo(index);
            return openEditor({});
        }
    }
    m_ui->trunksStatusLabel->setText(tr("There is no trunk named %1.").arg(gatewayName));
    return nullptr;
}

void TrunksPage::sizeColumnsOnce()
{
    // Once, and not over the widths the operator left last time.
    if (!m_ui->trunksTableView->horizontalHeader()->property("xynapRestored").toBool()) {
        // The first rows are enough to size by (5,000 trunks are not all measured); the
        // numbers list is capped so the running state and the checks stay in view, and
        // the running state gets room for a node's name before it arrives.
        QHeaderView *header = m_ui->trunksTableView->horizontalHeader();
        header->setResizeContentsPrecision(100);
        m_ui->trunksTableView->resizeColumnsToContents();
        const int em = fontMetrics().horizontalAdvance(u'M');
        header->resizeSection(session::TrunkTableModel::Numbers,
            std::min(header->sectionSize(session::TrunkTableModel::Numbers), 16 * em));
        header->resizeSection(session::TrunkTableModel::Running,
            std::max(header->sectionSize(session::TrunkTableModel::Running), 12 * em));
        header->setProperty("xynapRestored", true);
    }
}

void TrunksPage::deleteSelected()
{
    const std::optional<Trunk> t = selectedTrunk();
    if (!t)
        return;
    auto *dialog = new DeleteTrunkDialog(*t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, trunk = *t] {
        auto *edit = new session::TrunkEditSession(m_session->api(), this);
        edit->begin(trunk, m_session->trunkEtag(trunk.id));
        connect(edit, &session::TrunkEditSession::removed, this, [this, edit] {
            m_session->refreshTrunks();
            edit->deleteLater();
        });
        connect(
            edit, &session::TrunkEditSession::failed, this, [this, edit](const QString &message) {
                m_ui->trunksStatusLabel->setText(tr("Could not delete: %1").arg(message));
                edit->deleteLater();
            });
        connect(edit, &session::TrunkEditSession::conflict, this, [this, edit] {
            m_ui->trunksStatusLabel->setText(
                tr("Not deleted: someone changed the trunk in the meantime. Reload and check."));
            edit->deleteLater();
        });
        edit->remove();
    });
    dialog->open();
}

void TrunksPage::updateStatus()
{
    m_ui->retryPushButton->setVisible(!m_session->lastError().isEmpty() && !m_session->isLoading());
    if (!m_session->lastError().isEmpty()) {
        const int retry = m_session->retryInSeconds();
        m_ui->trunksStatusLabel->setText(retry >= 0
                ? tr("Could not load the trunks: %1 — retrying in %n s", nullptr, retry)
                      .arg(m_session->lastError())
                : tr("Could not load the trunks: %1").arg(m_session->lastError()));
        if (retry >= 0)
            m_countdown.start();
        return;
    }
    m_countdown.stop();
    const int n = m_session->trunks()->rowCount();
    const int shown = m_proxy->rowCount();
    // The count of what is on the screen: a filter says how many of all it shows.
    m_ui->trunksStatusLabel->setText(m_session->isLoading() && n == 0 ? tr("Loading trunks…")
            : m_ui->trunkFilterLineEdit->text().isEmpty()
            ? tr("%n trunk(s) from the Platform API", nullptr, n)
            : tr("%1 of %n trunk(s) from the Platform API shown, filtered by “%2”", nullptr, n)
                  .arg(shown)
                  .arg(m_ui->trunkFilterLineEdit->text()));
}

} // namespace xynap::ui

namespace xynap::ui {
TrunkEditor *TrunksPage::lastEditor() const
{
    return m_lastEditor.data();
}
} // namespace xynap::ui
