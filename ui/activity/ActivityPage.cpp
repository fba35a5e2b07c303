#include "ActivityPage.h"

#include "session/ActivityLog.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ActivityPage::ActivityPage(session::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(log);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(u"activityTableView"_s);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setTabKeyNavigation(false);
    auto *filter = new QLineEdit(this);
    filter->setAccessibleName(tr("Filter the activity log"));
    filter->setPlaceholderText(tr("Filter (method, path, status, note)"));
    filter->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(filter, 1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(log, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export activity log"), u"xynap-activity.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

bool ActivityPage::exportTo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_log->toCsv()) >= 0;
}

} // namespace xynap::ui
