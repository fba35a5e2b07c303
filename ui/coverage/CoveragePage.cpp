#include "ui/coverage/CoveragePage.h"

#include "coverage/Cidr.h"
#include "coverage/UfwParser.h"
#include "model/FileRead.h"
#include "model/TimeFormat.h"
#include "platform/ApiClient.h"
#include "session/GatewayMonitor.h"
#include "session/PlatformSession.h"
#include "ui/common/FormLayouts.h"
#include "ui/coverage/CoveragePasteDialog.h"
#include "ui/coverage/CoverageStyle.h"
#include "ui/coverage/RangeBar.h"
#include "ui_CoveragePage.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using session::CoverageMatrixModel;
using session::CoverageSources;
using namespace xynap::coverage;

namespace {

enum FindingColumn { SeverityColumn, MessageColumn, WhyColumn };
enum FindingRole { FindingIndexRole = Qt::UserRole + 1 };

QString severityText(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return u"✖ "_s + CoveragePage::tr("error");
    case FindingSeverity::Warning:
        return u"▲ "_s + CoveragePage::tr("warning");
    case FindingSeverity::Info:
        break;
    }
    return u"ℹ "_s + CoveragePage::tr("note");
}

QString readError(const QString &path, const QString &why)
{
    return CoveragePage::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), why);
}

} // namespace

CoveragePage::CoveragePage(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CoveragePage>())
    , m_session(session)
    , m_model(new CoverageMatrixModel(session->catalog(), this))
    , m_decoration(new CoverageDecorationProxy(this))
{
    m_ui->setupUi(this);
    refreshFormLayouts(this);
    m_decoration->setSourceModel(m_model);
    m_ui->coverageTableView->setModel(m_decoration);
    m_ui->coverageTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->coverageTableView->horizontalHeader()->setSectionResizeMode(
        CoverageMatrixModel::Target, QHeaderView::ResizeToContents);
    m_ui->coverageTableView->horizontalHeader()->setSectionResizeMode(
        CoverageMatrixModel::Provider, QHeaderView::ResizeToContents);
    m_ui->coverageTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->coverageTableView->fontMetrics().height() + 10);

    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->titleLabel->setFont(big);
    connect(m_ui->openPushButton, &QPushButton::clicked, this, &CoveragePage::chooseFiles);
    connect(m_ui->pastePushButton, &QPushButton::clicked, this, &CoveragePage::pasteText);
    connect(m_ui->livePushButton, &QPushButton::clicked, this, &CoveragePage::loadLive);

    const CoverageStyle bad = coverageStyle(CoverageMatrixModel::CellState::NotCovered);
    m_ui->errorsLabel->setStyleSheet(u"QLabel { background: %1; color: %2; }"_s.arg(
        bad.background.name(), bad.foreground.name()));
    m_ui->errorsLabel->hide();

    m_ui->findingsTableWidget->horizontalHeader()->setSectionResizeMode(
        SeverityColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTableWidget->horizontalHeader()->setSectionResizeMode(
        MessageColumn, QHeaderView::Stretch);
    m_ui->findingsTableWidget->horizontalHeader()->setSectionResizeMode(
        WhyColumn, QHeaderView::Stretch);
    // Rows grow with their wrapped text when the columns change width.
    connect(m_ui->findingsTableWidget->horizontalHeader(), &QHeaderView::sectionResized,
        m_ui->findingsTableWidget, [this] { m_ui->findingsTableWidget->resizeRowsToContents(); });
    connect(m_ui->findingsTableWidget, &QTableWidget::currentCellChanged, this,
        [this](int row) { showFinding(row); });

    m_ui->fixTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->suggestFixPushButton, &QPushButton::clicked, this, &CoveragePage::suggestFix);
    connect(m_ui->copyFixPushButton, &QPushButton::clicked, this, &CoveragePage::copyFix);

    m_ui->coverageFindingsSplitter->setSizes({300, 140});
    // Every row of the catalog.
    m_ui->coverageSplitter->setSizes(
        {m_ui->coverageTableView->verticalHeader()->defaultSectionSize() * 12, 420});

    connect(m_model, &CoverageMatrixModel::analysed, this, &CoveragePage::onAnalysed);
    connect(m_ui->coverageTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            m_row = current.row();
            m_column = current.column();
            updateDetail();
        });
    connect(
        m_session, &session::PlatformSession::trunksLoaded, this, &CoveragePage::rebuildTargets);
    connect(m_session, &session::PlatformSession::coverageLoaded, this,
        &CoveragePage::onCoverageLoaded);
    setStatus(tr("Open a file, paste rules, or load them from the platform."));
    rebuildTargets();
}

CoveragePage::~CoveragePage() = default;

QTableView *CoveragePage::view() const
{
    return m_ui->coverageTableView;
}

RangeBar *CoveragePage::rangeBar() const
{
    return m_ui->rangeBar;
}

void CoveragePage::rebuildTargets()
{
    const QList<SofiaProfile> known = m_session->profiles();
    m_model->setProfiles(known);
    m_model->setTargets(
        CoverageSources::targetsFor(m_session->catalog(), known, m_session->trunks()->trunks()));
}

void CoveragePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look at a connected platform shows its live state.
    if (!m_shownOnce && m_session->api()->hasToken() && !m_model->hasUfw() && !m_model->hasAcl()) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &CoveragePage::loadLive);
    }
    m_shownOnce = true;
}

void CoveragePage::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

QString CoveragePage::statusText() const
{
    return m_ui->statusLabel->text();
}

QString CoveragePage::errorText() const
{
    return m_ui->errorsLabel->isHidden() ? QString() : m_ui->errorsLabel->text();
}

void CoveragePage::loadText(
    const QString &text, const QString &sourceName, std::optional<SourceKind> kind)
{
    m_showsFiles = true;
    if (kind.value_or(CoverageSources::detectKind(text)) == SourceKind::Acl)
        m_model->setAcl(CoverageSources::parseAcl(text, sourceName), sourceName);
    else
        m_model->setUfw(CoverageSources::parseUfw(text, sourceName), sourceName);
    setStatus({});
}

bool CoveragePage::openFiles(const QStringList &paths)
{
    struct Loaded {
        QString name;
        QString text;
    };
    QList<Loaded> ufw;
    QList<Loaded> acl;
    QStringList problems;
    for (const QString &path : paths) {
        // Regular files only, at most MaxInputFileBytes: never /dev/zero or a FIFO.
        const FileReadResult read = readInputFile(path);
        if (!read.ok()) {
            problems.append(readError(path, read.reason));
            continue;
        }
        const QByteArray &data = read.data;
        if (data.contains('\0')) {
            problems.append(readError(path, tr("it is not a text file")));
            continue;
        }
        Loaded l {QFileInfo(path).fileName(), QString::fromUtf8(data)};
        (CoverageSources::detectKind(l.text) == SourceKind::Acl ? acl : ufw).append(l);
    }
    // user.rules and user6.rules chosen together: read as ufw does, IPv4 first.
    const auto pair = ufw.size() == 2
        ? UfwParser::pairRuleFiles(ufw.at(0).name, ufw.at(0).text, ufw.at(1).name, ufw.at(1).text)
        : std::nullopt;
    if (pair) {
        const Loaded &a = ufw.at(pair->first);
        const Loaded &b = ufw.at(pair->second);
        m_model->setUfw(CoverageSources::parseUfwRuleFiles(a.text, a.name, b.text, b.name),
            u"%1 + %2"_s.arg(a.name, b.name));
    } else {
        for (const Loaded &l : std::as_const(ufw))
            m_model->setUfw(CoverageSources::parseUfw(l.text, l.name), l.name);
    }
    for (const Loaded &l : std::as_const(acl))
        m_model->setAcl(CoverageSources::parseAcl(l.text, l.name), l.name);
    setStatus(problems.join(u'\n'));
    return problems.isEmpty();
}

void CoveragePage::chooseFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open UFW rules or acl.conf.xml"), QString(),
            tr("Firewall rules and ACLs (*.rules *.xml *.txt *.conf *.log);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void CoveragePage::pasteText()
{
    CoveragePasteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.text().trimmed().isEmpty())
        return;
    loadText(dialog.text(), tr("pasted text"), dialog.kind());
}

void CoveragePage::loadLive()
{
    m_liveWaiting = true;
    setStatus(tr("Loading the UFW rules from the Platform API and the ACL from FreeSWITCH…"));
    m_session->refreshTrunks(); // the profiles and trunks decide which ranges must be open
}

void CoveragePage::onCoverageLoaded(bool ok)
{
    // Also when the session refreshed on its own (the trunk list's reload): the page shows what
    // the lint saw, unless the operator is looking at files of their own.
    if (!m_liveWaiting && m_showsFiles)
        return;
    m_liveWaiting = false;
    m_showsFiles = false;
    rebuildTargets();
    // What the platform could not give is unknown, never what an earlier file said.
    if (const auto &ufw = m_session->liveUfw())
        m_model->setUfw(*ufw, m_session->liveUfwSource());
    else
        m_model->clearUfw();
    if (const auto &acl = m_session->liveAcl())
        m_model->setAcl(*acl, m_session->liveAclSource());
    else
        m_model->clearAcl();
    const QStringList problems = m_session->coverageProblems();
    setStatus(problems.isEmpty() ? tr("Loaded from the platform at %1.")
                                       .arg(displayTimeOfDay(QDateTime::currentDateTime()))
                                 : problems.join(u'\n'));
    Q_EMIT liveLoadFinished(ok);
}

void CoveragePage::onAnalysed()
{
    m_ui->sourcesLabel->setText(m_model->ufwSummary() + u"  ·  "_s + m_model->aclSummary());

    const QList<ParseIssue> issues = m_model->parseErrors();
    if (issues.isEmpty()) {
        m_ui->errorsLabel->hide();
        m_ui->errorsLabel->clear();
    } else {
        QStringList lines {
            tr("%n line(s) could not be read and were left out; the rest was analysed:", nullptr,
                int(issues.size()))};
        constexpr int Shown = 8;
        for (qsizetype i = 0; i < issues.size() && i < Shown; ++i)
            lines.append(u"• "_s + issues.at(i).text());
        if (issues.size() > Shown)
            lines.append(tr("… and %n more.", nullptr, int(issues.size() - Shown)));
        m_ui->errorsLabel->setText(lines.join(u'\n'));
        m_ui->errorsLabel->show();
    }

    m_ui->summaryLabel->setText(tr("✖ %n error(s)", nullptr, m_model->count(FindingSeverity::Error))
        + u"   "_s + tr("▲ %n warning(s)", nullptr, m_model->count(FindingSeverity::Warning))
        + u"   "_s + tr("ℹ %n note(s)", nullptr, m_model->count(FindingSeverity::Info)));
    updateFindings();
    if (m_fixShown)
        m_ui->fixTextEdit->setPlainText(m_model->suggestedFix());

    // The reset dropped the selection: keep looking at the same cell.
    if (m_row >= 0 && m_row < m_model->rowCount() && m_column >= 0) {
        const QSignalBlocker blocker(m_ui->coverageTableView->selectionModel());
        m_ui->coverageTableView->setCurrentIndex(m_decoration->index(m_row, m_column));
    }
    updateDetail();
}

void CoveragePage::selectCell(int row, int column)
{
    m_ui->coverageTableView->setCurrentIndex(m_decoration->index(row, column));
    m_row = row;
    m_column = column;
    updateDetail();
}

QString CoveragePage::detailText() const
{
    return m_ui->detailTextEdit->toPlainText();
}

void CoveragePage::updateDetail()
{
    if (m_row < 0 || m_row >= m_model->rowCount()) {
        m_ui->detailTextEdit->clear();
        m_ui->rangeBar->clear();
        return;
    }
    m_ui->detailTextEdit->setPlainText(m_model->detail(m_row, m_column));
    const int column
        = m_column >= CoverageMatrixModel::SipUdp ? m_column : m_model->worstColumn(m_row);
    const CoverageTarget &target = m_model->input().targets.at(m_row);
    const QString caption
        = u"%1 — %2"_s.arg(target.label, m_model->headerData(column, Qt::Horizontal).toString());
    m_ui->rangeBar->setBlock(caption, target.range.first.toString(),
        Cidr::lastAddress(target.range).toString(), m_model->segments(m_row, column));
}

void CoveragePage::updateFindings()
{
    const QSignalBlocker blocker(m_ui->findingsTableWidget);
    m_ui->findingsTableWidget->setRowCount(0);
    const QList<CoverageFinding> &findings = m_model->report().findings;
    QList<int> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&findings](int a, int b) {
        return int(findings.at(a).severity) > int(findings.at(b).severity);
    });
    for (const int i : std::as_const(order)) {
        const CoverageFinding &f = findings.at(i);
        const int row = m_ui->findingsTableWidget->rowCount();
        m_ui->findingsTableWidget->insertRow(row);
        QString tip = f.id + u"\n"_s + f.message + u"\n\n"_s + f.why;
        if (!f.fixes.isEmpty())
            tip += u"\n\n"_s + tr("Fix:") + u'\n' + f.fixes.join(u'\n');
        const CoverageStyle style = coverageStyle(f.severity == FindingSeverity::Error
                ? CoverageMatrixModel::CellState::NotCovered
                : f.severity == FindingSeverity::Warning ? CoverageMatrixModel::CellState::Partly
                                                         : CoverageMatrixModel::CellState::Unknown);
        const QStringList texts {severityText(f.severity), f.message, f.why};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(tip);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (c == SeverityColumn) {
                item->setData(FindingIndexRole, i);
                item->setBackground(style.background);
                item->setForeground(style.foreground);
            }
            m_ui->findingsTableWidget->setItem(row, c, item);
        }
    }
    m_ui->findingsTableWidget->resizeRowsToContents();
}

void CoveragePage::showFinding(int row)
{
    const QTableWidgetItem *item = m_ui->findingsTableWidget->item(row, SeverityColumn);
    if (!item)
        return;
    const int i = item->data(FindingIndexRole).toInt();
    const QList<CoverageFinding> &findings = m_model->report().findings;
    if (i < 0 || i >= findings.size())
        return;
    // A finding about a range (and a service) selects that cell.
    const CoverageFinding &f = findings.at(i);
    const QList<CoverageTarget> &targets = m_model->input().targets;
    for (int row = 0; row < targets.size(); ++row) {
        for (int column = CoverageMatrixModel::SipUdp; column < CoverageMatrixModel::ColumnCount;
             ++column) {
            const QString id = CoverageMatrixModel::serviceId(column);
            if (f.subject == targets.at(row).label + u' ' + id
                || (column == CoverageMatrixModel::Acl && f.id.startsWith(u"XY-ACL-RANGE")
                    && f.subject == targets.at(row).label)) {
                selectCell(row, column);
                return;
            }
        }
    }
}

void CoveragePage::suggestFix()
{
    m_fixShown = true;
    m_ui->fixTextEdit->setPlainText(m_model->suggestedFix());
    m_ui->copyFixPushButton->setEnabled(true);
}

QString CoveragePage::fixText() const
{
    return m_ui->fixTextEdit->toPlainText();
}

void CoveragePage::copyFix()
{
    QApplication::clipboard()->setText(m_ui->fixTextEdit->toPlainText());
    setStatus(tr("The suggested fix is on the clipboard. Nothing was changed on the switch."));
}

bool CoveragePage::showFinding(const QString &subject, bool acl)
{
    // A finding's subject is the target's label, and for the firewall its service after a
    // space ("92.197.176.0/24 sip-udp"); the cell it is about is selected and explained.
    using Matrix = session::CoverageMatrixModel;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString label = m_model->index(row, Matrix::Target).data().toString();
        if (acl) {
            if (subject == label) {
                selectCell(row, Matrix::Acl);
                return true;
            }
            continue;
        }
        if (!subject.startsWith(label + u' '))
            continue;
        const QString service = subject.mid(label.size() + 1);
        for (int column = Matrix::SipUdp; column < Matrix::Acl; ++column) {
            if (m_model->index(row, column).data(Matrix::ServiceRole).toString() == service) {
                selectCell(row, column);
                return true;
            }
        }
    }
    return false;
}

} // namespace xynap::ui
