#include "ui/gateways/GatewaysPage.h"

#include "model/TimeFormat.h"
#include "session/ApplyJob.h"
#include "session/PlatformSession.h"
#include "session/SofiaActions.h"
#include "ui/common/FormLayouts.h"
#include "ui/common/HealthStyle.h"
#include "ui/common/Prompter.h"
#include "ui/gateways/SettlingSortProxy.h"
#include "ui_GatewaysPage.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using session::GatewayMonitor;

GatewaysPage::GatewaysPage(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GatewaysPage>())
    , m_session(session)
    , m_health(new HealthDecorationProxy(this))
    , m_proxy(new SettlingSortProxy(this))
{
    m_ui->setupUi(this);
    // The widgets the refresh and the actions below write to.

    GatewayMonitor *monitor = session->gateways();
    m_health->setSourceModel(monitor);
    m_proxy->setSourceModel(m_health);
    m_proxy->setSortRole(GatewayMonitor::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->gatewaysTableView->setModel(m_proxy);
    m_ui->gatewaysTableView->sortByColumn(GatewayMonitor::Gateway, Qt::AscendingOrder);
    QFont big = m_ui->gatewayTitleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->gatewayTitleLabel->setFont(big);
    m_ui->rawEventTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A short pane takes its room from the two logs first: a layout that gets less than its
    // minimum squeezes every item, and a wrapped diagnosis then loses its last line.
    for (QPlainTextEdit *log : {m_ui->historyTextEdit, m_ui->rawEventTextEdit}) {
        log->setMinimumHeight(3 * log->fontMetrics().lineSpacing()
            + 2 * (log->frameWidth() + qCeil(log->document()->documentMargin())));
    }
    // The style's margins around the detail pane (uic gives a layout in a splitter none).
    m_ui->detailLayout->unsetContentsMargins();
    refreshFormLayouts(this);

    connect(m_ui->gatewayFilterLineEdit, &QLineEdit::textChanged, m_proxy,
        &SettlingSortProxy::setFilterText);
    connect(m_ui->gatewaysTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
        this, &GatewaysPage::updateDetail);
    // The detail pane shows one gateway: only a change of its own row re-renders it (every event
    // of every gateway did before: 13 % of the console's time at 20,000 gateways).
    connect(monitor, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = selectedSourceRow();
            if (row >= topLeft.row() && row <= bottomRight.row())
                updateDetail();
        });
    // Columns are sized once per burst of new rows, from the first rows only: sizing to every
    // row runs the diagnosis of all of them (98 s for 2,000 gateways inserted one by one).
    m_ui->gatewaysTableView->horizontalHeader()->setResizeContentsPrecision(100);
    auto *sizeColumns = new QTimer(this);
    sizeColumns->setSingleShot(true);
    sizeColumns->setInterval(200);
    connect(sizeColumns, &QTimer::timeout, this, [this] {
        if (!m_ui->gatewaysTableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->gatewaysTableView->selectRow(0);
        if (!m_ui->gatewaysTableView->horizontalHeader()->property("xynapRestored").toBool()) {
            m_ui->gatewaysTableView->resizeColumnsToContents();
            // The state must never read "✖ FAIL_W…": room for the longest state FreeSWITCH
            // or the console writes, with its symbol, whatever the first rows held.
            QHeaderView *header = m_ui->gatewaysTableView->horizontalHeader();
            const int widest
                = m_ui->gatewaysTableView->fontMetrics().horizontalAdvance(u"✖ NOT RUNNING"_s)
                + m_ui->gatewaysTableView->iconSize().width()
                + 4
                    * m_ui->gatewaysTableView->style()->pixelMetric(
                        QStyle::PM_FocusFrameHMargin, nullptr, m_ui->gatewaysTableView);
            header->resizeSection(GatewayMonitor::State,
                std::max(header->sectionSize(GatewayMonitor::State), widest));
        }
    });
    connect(monitor, &QAbstractItemModel::rowsInserted, sizeColumns, [sizeColumns] {
        if (!sizeColumns->isActive())
            sizeColumns->start();
    });
    // A page made after the monitor already has its rows (a second window, a reconnect) is
    // sized once as well.
    if (monitor->rowCount() > 0)
        sizeColumns->start();
    connect(monitor, &GatewayMonitor::nodesChanged, this, &GatewaysPage::updateNodes);
    // From a diagnosis to the fix: the trunk behind the gateway, in the editor.
    const auto editTrunk = [this] {
        const QString gateway = selectedGateway();
        if (!gateway.isEmpty() && m_session->gateways()->trunkFor(gateway))
            Q_EMIT editTrunkRequested(gateway);
    };
    connect(m_ui->editTrunkPushButton, &QPushButton::clicked, this, editTrunk);
    connect(m_ui->gatewaysTableView, &QTableView::doubleClicked, this, editTrunk);
    // "last data HH:MM:SS" moves with every HEARTBEAT and event, which do not change the nodes.
    auto *nodesTick = new QTimer(this);
    nodesTick->setInterval(1000);
    connect(nodesTick, &QTimer::timeout, this, &GatewaysPage::updateNodes);
    nodesTick->start();
    connect(m_ui->applyPushButton, &QPushButton::clicked, this, &GatewaysPage::applySelected);
    connect(m_ui->restartPushButton, &QPushButton::clicked, this,
        &GatewaysPage::restartSelectedProfile);
    connect(m_ui->servicePushButton, &QPushButton::clicked, this,
        &GatewaysPage::toggleServiceOfSelected);
    // A rescan is an apply without a gateway: one place starts them all (startApply).
    connect(m_ui->rescanPushButton, &QPushButton::clicked, this,
        [this] { startApply(selectedNode(), selectedProfile(), {}); });
    connect(m_ui->reloadXmlPushButton, &QPushButton::clicked, this, [this] { runAction(false); });
    connect(m_ui->reloadAclPushButton, &QPushButton::clicked, this, [this] { runAction(true); });
    updateNodes();
    updateDetail();
}

GatewaysPage::~GatewaysPage() = default;

QTableView *GatewaysPage::view() const
{
    return m_ui->gatewaysTableView;
}

int GatewaysPage::selectedSourceRow() const
{
    const QModelIndex current = m_ui->gatewaysTableView->currentIndex();
    return current.isValid() ? m_health->mapToSource(m_proxy->mapToSource(current)).row() : -1;
}

QString GatewaysPage::selectedNode() const
{
    return m_ui->gatewaysTableView->currentIndex().data(GatewayMonitor::NodeRole).toString();
}

QString GatewaysPage::selectedGateway() const
{
    return m_ui->gatewaysTableView->currentIndex().data(GatewayMonitor::NameRole).toString();
}

QString GatewaysPage::selectedProfile() const
{
    const session::GatewayRecord *r
        = m_session->gateways()->record(selectedNode(), selectedGateway());
    return r ? r->profile : QString();
}

void GatewaysPage::updateNodes()
{
    QStringList parts;
    for (const GatewayMonitor::NodeStatus &n : m_session->gateways()->nodes()) {
        const QString when = n.lastDataAt.isValid() ? displayTimeOfDay(n.lastDataAt) : tr("never");
        const QString name = m_session->gateways()->nodeLabel(n.name);
        if (n.stale)
            parts.append(tr("✖ %1: no data since %2 — %3").arg(name, when, n.detail));
        else if (!n.snapshotError.isEmpty())
            parts.append(tr("✖ %1: connected, but %2").arg(name, n.snapshotError));
        else
            parts.append(tr("✔ %1: connected, last data %2").arg(name, when));
    }
    m_ui->nodesLabel->setText(
        parts.isEmpty() ? tr("No FreeSWITCH node configured.") : parts.join(u"\n"_s));
}

void GatewaysPage::updateDetail()
{
    const QModelIndex current = m_ui->gatewaysTableView->currentIndex();
    const bool has = current.isValid();
    m_ui->applyPushButton->setEnabled(has);
    m_ui->rescanPushButton->setEnabled(has);
    m_ui->restartPushButton->setEnabled(has);
    m_ui->servicePushButton->setEnabled(has);
    m_ui->editTrunkPushButton->setEnabled(false);
    m_ui->editTrunkPushButton->setToolTip({});
    if (!has) {
        m_ui->gatewayTitleLabel->setText(tr("No gateway selected"));
        m_ui->diagnosisLabel->clear();
        m_ui->numbersLabel->clear();
        m_ui->historyTextEdit->clear();
        m_ui->rawEventTextEdit->clear();
        return;
    }
    GatewayMonitor *monitor = m_session->gateways();
    const QModelIndex source = m_health->mapToSource(m_proxy->mapToSource(current));
    const session::GatewayRecord *r = monitor->recordAt(source.row());
    if (!r)
        return;
    const session::Diagnosis d = monitor->diagnosisAt(source.row());
    const bool running = r->presence == session::Presence::Running;
    m_ui->servicePushButton->setText(
        running ? tr("Take &out of service…") : tr("Return t&o service…"));
    m_ui->servicePushButton->setToolTip(running
            ? tr("killgw: FreeSWITCH stops registering and using %1; calls in progress are kept.")
                  .arg(r->name)
            : tr("A rescan of %1: FreeSWITCH loads %2 again from the Platform API.")
                  .arg(r->profile, r->name));
    const bool served = monitor->trunkFor(r->name) != nullptr;
    m_ui->editTrunkPushButton->setEnabled(served);
    m_ui->editTrunkPushButton->setToolTip(served
            ? tr("Open the trunk %1 in the editor (or double-click the gateway).").arg(r->name)
            : tr("The Platform API serves no trunk named %1: there is nothing to edit.")
                  .arg(r->name));
    const HealthStyle style = healthStyle(d.health);
    // The round trip of the last answered OPTIONS ping, as FreeSWITCH measured it.
    const QString ping = r->pingTimeMs >= 0 && running
        ? u" · "_s + tr("ping %1 ms").arg(QLocale().toString(r->pingTimeMs, 'f', 2))
        : QString();
    m_ui->gatewayTitleLabel->setText(u"%1 %2 — %3 (%4)%5"_s.arg(
        style.symbol, r->name, r->profile, monitor->nodeLabel(r->node), ping));
    m_ui->diagnosisLabel->setText(
        u"<b>%1</b><br>%2"_s.arg(d.summary.toHtmlEscaped(), d.detail.toHtmlEscaped()));
    QStringList numbers;
    if (const Trunk *t = monitor->trunkFor(r->name)) {
        for (const TrunkNumber &n : t->numbers)
            numbers.append(n.use.isEmpty() ? n.number : u"%1 (%2)"_s.arg(n.number, n.use));
    }
    m_ui->numbersLabel->setText(numbers.isEmpty() ? tr("No numbers known for this gateway.")
                                                  : tr("Numbers: %1").arg(numbers.join(u", "_s)));
    QStringList lines;
    for (auto it = r->transitions.crbegin(); it != r->transitions.crend(); ++it) {
        lines.append(u"%1  %2  ping %3%4"_s.arg(displayDateTime(it->at), it->state, it->pingStatus,
            it->status ? u"  %1 %2"_s.arg(it->status).arg(it->phrase) : QString()));
    }
    m_ui->historyTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->rawEventTextEdit->setPlainText(r->lastRawEvent());
}

void GatewaysPage::applySelected()
{
    const QString node = selectedNode();
    const QString gateway = selectedGateway();
    if (gateway.isEmpty())
        return;
    startApply(node, selectedProfile(), gateway);
}

void GatewaysPage::apply(const QString &profile, const QString &gateway, const QString &node)
{
    bool started = false;
    for (const session::GatewayMonitor::NodeStatus &n : m_session->gateways()->nodes()) {
        if (n.state != esl::Link::State::Up || (!node.isEmpty() && n.name != node))
            continue;
        startApply(n.name, profile, gateway);
        started = true;
    }
    if (!started) {
        const QString message = node.isEmpty()
            ? tr("Not applied: no FreeSWITCH node is connected.")
            : tr("Not applied: the FreeSWITCH node %1 is not connected.").arg(node);
        m_ui->actionStatusLabel->setText(u"✖ "_s + message);
        Q_EMIT actionFinished(false, message);
    }
}

void GatewaysPage::startApply(const QString &node, const QString &profile, const QString &gateway)
{
    auto *job = new session::ApplyJob(m_session->gateways(), node, profile, gateway, this);
    job->setActivityLog(m_session->activity());
    m_ui->applyPushButton->setEnabled(false);
    connect(job, &session::ApplyJob::progress, m_ui->actionStatusLabel, &QLabel::setText);
    connect(job, &session::ApplyJob::finished, this,
        [this, job](bool ok, const QString &, const QString &message) {
            m_ui->actionStatusLabel->setText((ok ? u"✔ "_s : u"✖ "_s) + message);
            m_ui->applyPushButton->setEnabled(true);
            Q_EMIT actionFinished(ok, message);
            job->deleteLater();
        });
    job->start();
}

void GatewaysPage::toggleServiceOfSelected()
{
    const QString node = selectedNode();
    const QString gateway = selectedGateway();
    const QString profile = selectedProfile();
    GatewayMonitor *monitor = m_session->gateways();
    const session::GatewayRecord *r = monitor->record(node, gateway);
    if (!r || gateway.isEmpty() || profile.isEmpty())
        return;
    const QString where = monitor->nodeLabel(node);
    if (r->presence != session::Presence::Running) {
        if (!Prompter::instance()->confirm(this, tr("Return %1 to service?").arg(gateway),
                tr("FreeSWITCH on %1 loads the gateway %2 again from the Platform API (a rescan "
                   "of the profile %3) and starts registering or pinging with it.")
                    .arg(where, gateway, profile),
                tr("Return to service")))
            return;
        startApply(node, profile, gateway);
        return;
    }
    const int calls = r->callsIn + r->callsOut;
    if (!Prompter::instance()->confirm(this, tr("Take %1 out of service?").arg(gateway),
            tr("FreeSWITCH on %1 removes the gateway %2 (sofia profile %3 killgw %2): it stops "
               "registering, and no new call uses it. The %n call(s) in progress on it are kept. "
               "It stays out of service, shown as stopped by operator, until you return it.",
                nullptr, calls)
                .arg(where, gateway, profile),
            tr("Take out of service")))
        return;
    // Marked first: the gateway_delete that follows is the operator's doing, not a failure.
    monitor->markStoppedByOperator(node, gateway, true);
    session::SofiaActions(monitor, m_session->activity())
        .killGateway(
            node, profile, gateway, [this, node, gateway, where](bool ok, const QString &message) {
                if (!ok)
                    m_session->gateways()->markStoppedByOperator(node, gateway, false);
                const QString text = ok
                    ? tr("✔ %1 on %2 is out of service (stopped by operator).").arg(gateway, where)
                    : tr("✖ %1 on %2 could not be taken out of service: %3")
                          .arg(gateway, where, message);
                m_ui->actionStatusLabel->setText(text);
                Q_EMIT actionFinished(ok, text);
            });
}

void GatewaysPage::restartSelectedProfile()
{
    const QString node = selectedNode();
    const QString profile = selectedProfile();
    esl::Link *link = m_session->gateways()->link(node);
    if (!link || profile.isEmpty())
        return;
    // How many calls the restart would drop: FreeSWITCH says it in `sofia xmlstatus`.
    const session::SofiaActions actions(m_session->gateways(), m_session->activity());
    actions.callsOnProfile(node, profile, [this, node, profile](int calls) {
        const QString text = calls < 0
            ? tr("Restarting %1 on %2 drops every call on the profile. The number of calls could "
                 "not be read.")
                  .arg(profile, node)
            : tr(
                "Restarting %1 on %2 drops %n call(s) in progress on this profile.", nullptr, calls)
                  .arg(profile, node);
        if (!Prompter::instance()->confirm(
                this, tr("Restart profile %1?").arg(profile), text, tr("Restart and drop calls")))
            return;
        session::SofiaActions(m_session->gateways(), m_session->activity())
            .restartProfile(node, profile, [this](bool ok, const QString &message) {
                m_ui->actionStatusLabel->setText(message);
                Q_EMIT actionFinished(ok, message);
            });
    });
}

void GatewaysPage::runAction(bool reloadAcl)
{
    const QString node = selectedNode();
    const auto done = [this, node, reloadAcl](bool ok, const QString &message) {
        // FreeSWITCH answers "+OK [Success]"; the operator reads what happened. Its words stay
        // in the activity log.
        QString text;
        if (ok)
            text = reloadAcl
                ? tr("✔ FreeSWITCH on %1 read its access lists again (reloadacl).").arg(node)
                : tr("✔ FreeSWITCH on %1 read its XML configuration again "
                     "(reloadxml). Gateways change only after a rescan.")
                      .arg(node);
        else
            text = reloadAcl ? tr("✖ reloadacl on %1 failed: %2").arg(node, message)
                             : tr("✖ reloadxml on %1 failed: %2").arg(node, message);
        m_ui->actionStatusLabel->setText(text);
        Q_EMIT actionFinished(ok, text);
    };
    const session::SofiaActions actions(m_session->gateways(), m_session->activity());
    if (reloadAcl)
        actions.reloadAcl(selectedNode(), done);
    else
        actions.reloadXml(selectedNode(), done);
}

} // namespace xynap::ui
