#include "ui/coverage/CoveragePage.h"

#include "coverage/Cidr.h"
#include "coverage/UfwParser.h"
#include "model/FileRead.h"
#include "model/TimeFormat.h"
#include "platform/ApiClient.h"
#include "session/GatewayMonitor.h"
#include "session/PlatformSession.h"
#include "ui/coverage/CoveragePasteDialog.h"
#include "ui/coverage/CoverageStyle.h"
#include "ui/coverage/RangeBar.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
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
#include <QVBoxLayout>
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
    , m_session(session)
    , m_model(new CoverageMatrixModel(session->catalog(), this))
    , m_decoration(new CoverageDecorationProxy(this))
    , m_view(new QTableView(this))
    , m_sources(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_rangeBar(new RangeBar(this))
    , m_findings(new QTableWidget(this))
    , m_fix(new QPlainTextEdit(this))
    , m_suggest(new QPushButton(tr("&Suggest a fix"), this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
{
    setObjectName(u"coveragePage"_s);
    m_decoration->setSourceModel(m_model);
    m_view->setModel(m_decoration);
    m_view->setObjectName(u"coverageTableView"_s);
    m_view->setAccessibleName(tr("Coverage matrix"));
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        CoverageMatrixModel::Target, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        CoverageMatrixModel::Provider, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    auto *title = new QLabel(tr("Firewall and ACL coverage"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(
        tr("Which provider ranges and trunk addresses UFW and FreeSWITCH's ACL let through, and by "
           "which rule. "
           "Read-only: the console never changes a firewall; it suggests the lines to run."),
        this);
    intro->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open file…"), this);
    open->setObjectName(u"openPushButton"_s);
    open->setToolTip(tr("user.rules and user6.rules (choose both), saved `ufw status numbered` or "
                        "`ufw show added` output, acl.conf.xml"));
    auto *paste = new QPushButton(tr("&Paste…"), this);
    paste->setObjectName(u"pastePushButton"_s);
    auto *live = new QPushButton(tr("&Load from the platform"), this);
    live->setObjectName(u"livePushButton"_s);
    live->setToolTip(
        tr("UFW rules from the Platform API, the ACL from FreeSWITCH over the Event Socket"));
    connect(open, &QPushButton::clicked, this, &CoveragePage::chooseFiles);
    connect(paste, &QPushButton::clicked, this, &CoveragePage::pasteText);
    connect(live, &QPushButton::clicked, this, &CoveragePage::loadLive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(paste);
    buttons->addWidget(live);
    buttons->addSpacing(12);
    buttons->addWidget(m_sources, 1);

    m_sources->setObjectName(u"sourcesLabel"_s);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setObjectName(u"errorsLabel"_s);
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setMargin(6);
    const CoverageStyle bad = coverageStyle(CoverageMatrixModel::CellState::NotCovered);
    m_errors->setStyleSheet(u"QLabel { background: %1; color: %2; }"_s.arg(
        bad.background.name(), bad.foreground.name()));
    m_errors->hide();

    m_detail->setObjectName(u"detailTextEdit"_s);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setPlaceholderText(
        tr("Click a cell: the deciding rules, the gaps and the fix appear here."));
    auto *detailBox = new QGroupBox(tr("Selected cell"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_rangeBar);
    detailLayout->addWidget(m_detail, 1);

    m_findings->setObjectName(u"findingsTableWidget"_s);
    m_findings->setAccessibleName(tr("Coverage findings"));
    m_findings->setTabKeyNavigation(false);
    m_findings->setColumnCount(3);
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Why")});
    m_findings->verticalHeader()->hide();
    m_findings->setWordWrap(true);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_findings->horizontalHeader()->setSectionResizeMode(
        SeverityColumn, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    // Rows grow with their wrapped text when the columns change width.
    connect(m_findings->horizontalHeader(), &QHeaderView::sectionResized, m_findings,
        [this] { m_findings->resizeRowsToContents(); });
    connect(
        m_findings, &QTableWidget::currentCellChanged, this, [this](int row) { showFinding(row); });
    auto *findingsBox = new QGroupBox(tr("Findings"), this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_summary);
    findingsLayout->addWidget(m_findings, 1);

    m_fix->setObjectName(u"fixTextEdit"_s);
    m_fix->setReadOnly(true);
    m_fix->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fix->setPlaceholderText(tr("“Suggest a fix” writes the ufw commands and ACL nodes that close "
                                 "the gaps here, to copy and run on the switch."));
    m_suggest->setObjectName(u"suggestFixPushButton"_s);
    m_copy->setObjectName(u"copyFixPushButton"_s);
    m_copy->setEnabled(false);
    connect(m_suggest, &QPushButton::clicked, this, &CoveragePage::suggestFix);
    connect(m_copy, &QPushButton::clicked, this, &CoveragePage::copyFix);
    auto *fixBox = new QGroupBox(tr("Suggested fix"), this);
    auto *fixLayout = new QVBoxLayout(fixBox);
    auto *fixButtons = new QHBoxLayout;
    fixButtons->addWidget(m_suggest);
    fixButtons->addWidget(m_copy);
    fixButtons->addStretch(1);
    fixLayout->addLayout(fixButtons);
    fixLayout->addWidget(m_fix, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(findingsBox);
    right->addWidget(fixBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({300, 140});
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(detailBox);
    bottom->addWidget(right);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_view);
    main->addWidget(bottom);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setSizes(
        {m_view->verticalHeader()->defaultSectionSize() * 12, 420}); // every row of the catalog
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_errors);
    layout->addWidget(main, 1);

    connect(m_model, &CoverageMatrixModel::analysed, this, &CoveragePage::onAnalysed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
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
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString CoveragePage::statusText() const
{
    return m_status->text();
}

QString CoveragePage::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
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
    m_sources->setText(m_model->ufwSummary() + u"  ·  "_s + m_model->aclSummary());

    const QList<ParseIssue> issues = m_model->parseErrors();
    if (issues.isEmpty()) {
        m_errors->hide();
        m_errors->clear();
    } else {
        QStringList lines {
            tr("%n line(s) could not be read and were left out; the rest was analysed:", nullptr,
                int(issues.size()))};
        constexpr int Shown = 8;
        for (qsizetype i = 0; i < issues.size() && i < Shown; ++i)
            lines.append(u"• "_s + issues.at(i).text());
        if (issues.size() > Shown)
            lines.append(tr("… and %n more.", nullptr, int(issues.size() - Shown)));
        m_errors->setText(lines.join(u'\n'));
        m_errors->show();
    }

    m_summary->setText(tr("✖ %n error(s)", nullptr, m_model->count(FindingSeverity::Error))
        + u"   "_s + tr("▲ %n warning(s)", nullptr, m_model->count(FindingSeverity::Warning))
        + u"   "_s + tr("ℹ %n note(s)", nullptr, m_model->count(FindingSeverity::Info)));
    updateFindings();
    if (m_fixShown)
        m_fix->setPlainText(m_model->suggestedFix());

    // The reset dropped the selection: keep looking at the same cell.
    if (m_row >= 0 && m_row < m_model->rowCount() && m_column >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(m_decoration->index(m_row, m_column));
    }
    updateDetail();
}

void CoveragePage::selectCell(int row, int column)
{
    m_view->setCurrentIndex(m_decoration->index(row, column));
    m_row = row;
    m_column = column;
    updateDetail();
}

QString CoveragePage::detailText() const
{
    return m_detail->toPlainText();
}

void CoveragePage::updateDetail()
{
    if (m_row < 0 || m_row >= m_model->rowCount()) {
        m_detail->clear();
        m_rangeBar->clear();
        return;
    }
    m_detail->setPlainText(m_model->detail(m_row, m_column));
    const int column
        = m_column >= CoverageMatrixModel::SipUdp ? m_column : m_model->worstColumn(m_row);
    const CoverageTarget &target = m_model->input().targets.at(m_row);
    const QString caption
        = u"%1 — %2"_s.arg(target.label, m_model->headerData(column, Qt::Horizontal).toString());
    m_rangeBar->setBlock(caption, target.range.first.toString(),
        Cidr::lastAddress(target.range).toString(), m_model->segments(m_row, column));
}

void CoveragePage::updateFindings()
{
    const QSignalBlocker blocker(m_findings);
    m_findings->setRowCount(0);
    const QList<CoverageFinding> &findings = m_model->report().findings;
    QList<int> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&findings](int a, int b) {
        return int(findings.at(a).severity) > int(findings.at(b).severity);
    });
    for (const int i : std::as_const(order)) {
        const CoverageFinding &f = findings.at(i);
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
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
            m_findings->setItem(row, c, item);
        }
    }
    m_findings->resizeRowsToContents();
}

void CoveragePage::showFinding(int row)
{
    const QTableWidgetItem *item = m_findings->item(row, SeverityColumn);
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
    m_fix->setPlainText(m_model->suggestedFix());
    m_copy->setEnabled(true);
}

QString CoveragePage::fixText() const
{
    return m_fix->toPlainText();
}

void CoveragePage::copyFix()
{
    QApplication::clipboard()->setText(m_fix->toPlainText());
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
