#include "ui/trunks/TrunksPage.h"

#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/editor/DeleteTrunkDialog.h"
#include "ui/editor/TrunkEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_applyFinding(new QPushButton(tr("Appl&y to FreeSWITCH"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    m_filter->setPlaceholderText(tr("Filter trunks (name, provider, proxy, number)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("trunkFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter trunks"));
    auto *reload = new QPushButton(tr("Re&load"), this);

    m_proxy->setSourceModel(session->trunks());
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(session::TrunkTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(session::TrunkTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("trunksTableView"));
    m_view->setAccessibleName(tr("Trunks"));
    // Tab moves on to the next control; the arrow keys move within the table.
    m_view->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("trunksStatusLabel"));
    m_status->setWordWrap(true);

    // One button per provider of the session's catalog: a third provider is a catalog file.
    QList<QPushButton *> writeButtons;
    for (const ProviderSpec &provider : session->catalog().providers()) {
        QString name = provider.name;
        auto *button
            = new QPushButton(tr("New %1 trunk").arg(u'&' + name.replace(u'&', u"&&"_s)), this);
        button->setObjectName(u"new_%1_TrunkPushButton"_s.arg(provider.id));
        connect(button, &QPushButton::clicked, this, [this, id = provider.id] { openEditor(id); });
        writeButtons.append(button);
    }
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Delete…"), this);
    edit->setObjectName(QStringLiteral("editTrunkPushButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    for (QPushButton *button : std::as_const(writeButtons))
        top->addWidget(button);
    top->addWidget(edit);
    top->addWidget(remove);
    top->addWidget(reload);
    connect(edit, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openEditor({}); });
    connect(remove, &QPushButton::clicked, this, &TrunksPage::deleteSelected);
    // The keyboard map (Help → Keyboard map): Ctrl+F the filter, Enter opens the selected trunk,
    // Del deletes it (after the usual confirmation).
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, [this] { openEditor({}); });
    }
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // The findings over all trunks, below the list: double-click opens the trunk's editor.
    m_findings->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Where"), tr("Check"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("trunksSplitter"));
    split->addWidget(m_view);
    auto *findingsBox = new QWidget(split);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findings, 1);
    auto *findingButtons = new QHBoxLayout;
    m_applyFinding->setObjectName(QStringLiteral("applyFindingPushButton"));
    setApplyEnabled(false);
    findingButtons->addStretch(1);
    findingButtons->addWidget(m_applyFinding);
    findingsLayout->addLayout(findingButtons);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(session, &session::PlatformSession::findingsChanged, this, &TrunksPage::updateFindings);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &TrunksPage::updateApplyEnabled);
    // Apply is offered on the trunk that needs it, not only on its finding's row.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_restoringSelection)
            m_findings->setCurrentItem(nullptr);
        updateApplyEnabled();
    });
    // A reload (after every save) keeps the operator's trunk selected: the one to apply next.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedTrunkId
            = m_view->currentIndex().data(session::TrunkTableModel::TrunkIdRole).toInt();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const QScopedValueRollback restoring(m_restoringSelection, true);
        for (int row = 0; m_selectedTrunkId != 0 && row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(session::TrunkTableModel::TrunkIdRole).toInt() == m_selectedTrunkId)
                m_view->setCurrentIndex(index);
        }
        updateApplyEnabled();
    });
    connect(m_applyFinding, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = applyItem();
        if (!item)
            return;
        Q_EMIT applyRequested(item->data(0, NodeRole).toString(),
            item->data(0, ProfileRole).toString(), item->data(0, KillGatewayRole).toString());
    });
    connect(m_findings, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const int id = item->data(0, Qt::UserRole).toInt();
        if (id == 0) { // the firewall or the ACL, not a trunk
            Q_EMIT coverageRequested(
                item->data(0, SubjectRole).toString(), item->data(0, AclRole).toBool());
            return;
        }
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(session::TrunkTableModel::TrunkIdRole).toInt() == id)
                m_view->setCurrentIndex(index);
        }
        openEditor({});
    });
    // A failed load (the network, DNS, TLS, the API itself) says why and offers to try again.
    auto *statusRow = new QHBoxLayout;
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_retry->setObjectName(QStringLiteral("retryPushButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_status->setText(tr("Trying again…"));
        m_session->refreshTrunks();
    });
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &TrunksPage::updateStatus);
    connect(reload, &QPushButton::clicked, session, &session::PlatformSession::refreshTrunks);
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

QTreeWidgetItem *TrunksPage::applyItem() const
{
    QTreeWidgetItem *current = m_findings->currentItem();
    if (current && current->data(0, OffersApplyRole).toBool())
        return current;
    const QModelIndex trunk = m_view->currentIndex();
    if (current || !trunk.isValid())
        return nullptr;
    const int id = trunk.data(session::TrunkTableModel::TrunkIdRole).toInt();
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
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
    m_applyFinding->setEnabled(enabled);
    // Greyed out, it says why and what would enable it.
    m_applyFinding->setToolTip(enabled
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
    const QString selected = keyOf(m_findings->currentItem());
    m_findings->clear();
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
    m_findings->addTopLevelItems(items); // in one go, not one insertion per finding
    // Unknown is not the same as fine: say what could not be checked.
    const QStringList unchecked = m_session->coverageProblems();
    if (!unchecked.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_findings,
            {tr("ℹ Note"), tr("Firewall, ACL"), QString(),
                tr("Not checked: %1").arg(unchecked.join(u' '))});
        item->setToolTip(3, unchecked.join(u'\n'));
    }
    // Trunks that could not be loaded were not checked: never "no problems".
    const bool trunksUnknown
        = !m_session->lastError().isEmpty() && m_session->trunks()->rowCount() == 0;
    if (trunksUnknown)
        new QTreeWidgetItem(m_findings,
            {tr("ℹ Note"), tr("Trunks"), QString(),
                tr("Not checked: the trunks could not be loaded.")});
    else if (m_session->findings().isEmpty())
        new QTreeWidgetItem(m_findings,
            {tr("✔"), QString(), QString(),
                unchecked.isEmpty()
                    ? tr("No problems found in the trunks, the firewall or the ACL.")
                    : tr("No problems found in the trunks.")});
    for (int c = 0; c < 3; ++c)
        m_findings->resizeColumnToContents(c);
    for (int i = 0; !selected.isEmpty() && i < m_findings->topLevelItemCount(); ++i) {
        if (keyOf(m_findings->topLevelItem(i)) == selected)
            m_findings->setCurrentItem(m_findings->topLevelItem(i));
    }
    updateApplyEnabled();
}

std::optional<Trunk> TrunksPage::selectedTrunk() const
{
    const QModelIndex current = m_view->currentIndex();
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
    m_filter->clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, session::TrunkTableModel::Name);
        if (index.data().toString() == gatewayName) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return openEditor({});
        }
    }
    m_status->setText(tr("There is no trunk named %1.").arg(gatewayName));
    return nullptr;
}

void TrunksPage::sizeColumnsOnce()
{
    // Once, and not over the widths the operator left last time.
    if (!m_view->horizontalHeader()->property("xynapRestored").toBool()) {
        // The first rows are enough to size by (5,000 trunks are not all measured); the
        // numbers list is capped so the running state and the checks stay in view, and
        // the running state gets room for a node's name before it arrives.
        QHeaderView *header = m_view->horizontalHeader();
        header->setResizeContentsPrecision(100);
        m_view->resizeColumnsToContents();
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
                m_status->setText(tr("Could not delete: %1").arg(message));
                edit->deleteLater();
            });
        connect(edit, &session::TrunkEditSession::conflict, this, [this, edit] {
            m_status->setText(
                tr("Not deleted: someone changed the trunk in the meantime. Reload and check."));
            edit->deleteLater();
        });
        edit->remove();
    });
    dialog->open();
}

void TrunksPage::updateStatus()
{
    m_retry->setVisible(!m_session->lastError().isEmpty() && !m_session->isLoading());
    if (!m_session->lastError().isEmpty()) {
        const int retry = m_session->retryInSeconds();
        m_status->setText(retry >= 0
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
    m_status->setText(m_session->isLoading() && n == 0 ? tr("Loading trunks…")
            : m_filter->text().isEmpty()
            ? tr("%n trunk(s) from the Platform API", nullptr, n)
            : tr("%1 of %n trunk(s) from the Platform API shown, filtered by “%2”", nullptr, n)
                  .arg(shown)
                  .arg(m_filter->text()));
}

} // namespace xynap::ui

namespace xynap::ui {
TrunkEditor *TrunksPage::lastEditor() const
{
    return m_lastEditor.data();
}
} // namespace xynap::ui
