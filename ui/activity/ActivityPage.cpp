#include "ui/activity/ActivityPage.h"

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
    // One line per entry: the whole text is in the tooltip and the CSV export.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    auto *filter = new QLineEdit(this);
    filter->setAccessibleName(tr("Filter the activity log"));
    filter->setPlaceholderText(tr("Filter (trunk, node, request, answer, note)"));
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
    // Widths from what the columns hold, not from the rows (which come and go): the time and
    // the source always whole, names and commands with room, the note takes the rest.
    if (!m_view->horizontalHeader()->property("xynapRestored").toBool()) {
        using Log = session::ActivityLog;
        const QFontMetrics fm = m_view->fontMetrics();
        const int pad = 2 * fm.horizontalAdvance(u'M');
        const int em = fm.horizontalAdvance(u'M');
        QHeaderView *header = m_view->horizontalHeader();
        const auto atLeast = [&](int column, int width) {
            const int title
                = fm.horizontalAdvance(log->headerData(column, Qt::Horizontal).toString()) + pad;
            header->resizeSection(column, std::max(width, title));
        };
        atLeast(Log::Time, fm.horizontalAdvance(u"2026-12-03 00:00:00"_s) + pad);
        int source = 0;
        for (const Log::Origin o :
            {Log::Origin::Api, Log::Origin::EventSocket, Log::Origin::Operator})
            source = std::max(source, fm.horizontalAdvance(Log::originText(o)));
        atLeast(Log::Source, source + pad);
        atLeast(Log::Target, 12 * em);
        atLeast(Log::Method, fm.horizontalAdvance(u"DELETE"_s) + pad);
        atLeast(Log::Path, 22 * em);
        atLeast(Log::Status, 12 * em);
        atLeast(Log::Duration, fm.horizontalAdvance(u"15000 ms"_s) + pad);
    }
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
