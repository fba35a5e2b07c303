#include "TrunksPage.h"

#include "session/PlatformSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xynap::ui {

TrunksPage::TrunksPage(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_filter(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this))
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(reload, &QPushButton::clicked, session, &session::PlatformSession::refreshTrunks);
    connect(session, &session::PlatformSession::trunksLoaded, this, [this] {
        m_view->resizeColumnsToContents();
        updateStatus();
    });
    connect(session, &session::PlatformSession::loadFailed, this, &TrunksPage::updateStatus);
    updateStatus();
}

void TrunksPage::updateStatus()
{
    if (!m_session->lastError().isEmpty()) {
        m_status->setText(tr("Could not load the trunks: %1").arg(m_session->lastError()));
        return;
    }
    const int n = m_session->trunks()->rowCount();
    m_status->setText(m_session->isLoading() && n == 0 ? tr("Loading trunks…")
                                                       : tr("%n trunk(s) from the Platform API", nullptr, n));
}

} // namespace xynap::ui
