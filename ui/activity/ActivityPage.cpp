#include "ui/activity/ActivityPage.h"

#include "session/ActivityLog.h"
#include "ui_ActivityPage.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ActivityPage::ActivityPage(session::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPage>())
    , m_log(log)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(log);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->activityTableView->setModel(m_proxy);
    // Every word of every entry (the form wraps words and elides nothing): a long answer wraps
    // within its column and the row grows, nothing is cut out of its middle.
    m_ui->activityTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->activityTableView->horizontalHeader()->setResizeContentsPrecision(50);
    connect(m_ui->activityFilterLineEdit, &QLineEdit::textChanged, m_proxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(log, &QAbstractItemModel::rowsInserted, m_ui->activityTableView,
        &QTableView::scrollToBottom);
    // Widths from what the columns hold, not from the rows (which come and go): the time and
    // the source always whole, names and commands with room, the note takes the rest.
    if (!m_ui->activityTableView->horizontalHeader()->property("xynapRestored").toBool()) {
        using Log = session::ActivityLog;
        const QFontMetrics fm = m_ui->activityTableView->fontMetrics();
        const int pad = 2 * fm.horizontalAdvance(u'M');
        const int em = fm.horizontalAdvance(u'M');
        QHeaderView *header = m_ui->activityTableView->horizontalHeader();
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
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export activity log"), u"xynap-activity.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

ActivityPage::~ActivityPage() = default;

bool ActivityPage::exportTo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_log->toCsv()) >= 0;
}

} // namespace xynap::ui
