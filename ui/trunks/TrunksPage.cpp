#include "TrunksPage.h"

#include "editor/DeleteTrunkDialog.h"
#include "editor/TrunkEditor.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xynap::ui {

TrunksPage::TrunksPage(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter trunks (name, provider, proxy, number)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("trunkFilterLineEdit"));
    auto *reload = new QPushButton(tr("&Reload"), this);

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
    m_status->setObjectName(QStringLiteral("trunksStatusLabel"));
    m_status->setWordWrap(true);

    auto *newPlusnet = new QPushButton(tr("New &Plusnet trunk"), this);
    auto *newOneAndOne = new QPushButton(tr("New &1&&1 trunk"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Delete…"), this);
    edit->setObjectName(QStringLiteral("editTrunkPushButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(newPlusnet);
    top->addWidget(newOneAndOne);
    top->addWidget(edit);
    top->addWidget(remove);
    top->addWidget(reload);
    connect(
        newPlusnet, &QPushButton::clicked, this, [this] { openEditor(QStringLiteral("plusnet")); });
    connect(
        newOneAndOne, &QPushButton::clicked, this, [this] { openEditor(QStringLiteral("1und1")); });
    connect(edit, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openEditor({}); });
    connect(remove, &QPushButton::clicked, this, &TrunksPage::deleteSelected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(reload, &QPushButton::clicked, session, &session::PlatformSession::refreshTrunks);
    connect(session, &session::PlatformSession::trunksLoaded, this, [this] {
        m_view->resizeColumnsToContents();
        updateStatus();
    });
    connect(session, &session::PlatformSession::loadFailed, this, &TrunksPage::updateStatus);
    updateStatus();
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
        editor->editTrunk(*t, t->etag().toUtf8());
    }
    if (!m_session->permissions().isEmpty() && !m_session->canWriteTrunks())
        editor->setReadOnlyReason(tr("Read only: your token (%1) lacks the permission "
                                     "trunks:write. You can look, but not save.")
                                      .arg(m_session->operatorName()));
    m_lastEditor = editor;
    editor->show();
    return editor;
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
        edit->begin(trunk, trunk.etag().toUtf8());
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
    if (!m_session->lastError().isEmpty()) {
        m_status->setText(tr("Could not load the trunks: %1").arg(m_session->lastError()));
        return;
    }
    const int n = m_session->trunks()->rowCount();
    m_status->setText(m_session->isLoading() && n == 0
            ? tr("Loading trunks…")
            : tr("%n trunk(s) from the Platform API", nullptr, n));
}

} // namespace xynap::ui

namespace xynap::ui {
TrunkEditor *TrunksPage::lastEditor() const
{
    return m_lastEditor.data();
}
} // namespace xynap::ui
