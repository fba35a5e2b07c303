// The coverage page: the documented UFW rules and ACL cover every provider range (and each cell
// names its rule); a missing rule shows as a gap with the exact `ufw allow` to add; a rule that
// opens SIP to everyone is flagged; parse errors name their line; and live mode reads UFW from
// the sandbox's Platform API and the ACL over its Event Socket.

#include "DocumentedRules.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "sandbox/Sandbox.h"
#include "session/CoverageMatrixModel.h"
#include "session/PlatformSession.h"
#include "ui/coverage/CoveragePage.h"
#include "ui/coverage/CoverageStyle.h"
#include "ui/coverage/RangeBar.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::session::CoverageMatrixModel;
using State = xynap::session::CoverageMatrixModel::CellState;

namespace {

// The firewall rules of the provider documentation (provider-configuration.txt), verbatim.
const QString kDocumentedRules = xynap::test::documentedUfwRules();

// "FreeSWITCH uses its own ACL sip-gateways with default deny": the documentation names no
// nodes; these are the ranges UFW allows for SIP, as the sandbox's demo platform has them.
const QString kSipGateways = xynap::test::documentedSipGatewaysAcl();

const QString kPlusnet177Udp = u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp"_s;

QString without(const QString &text, const QString &line)
{
    QString out = text;
    out.replace(line + u'\n', QString());
    return out;
}

} // namespace

class TestCoveragePage final : public QObject {
    Q_OBJECT

    std::unique_ptr<session::PlatformSession> m_session;
    std::unique_ptr<ui::CoveragePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    CoverageMatrixModel *model() const { return m_page->model(); }

    int rowOf(const QString &label) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, CoverageMatrixModel::Target).data().toString() == label)
                return row;
        }
        return -1;
    }

    void click(int row, int column)
    {
        QTableView *view = m_page->view();
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QStringList findingTexts() const
    {
        QStringList out;
        auto *table = m_page->findChild<QTableWidget *>(u"findingsTableWidget"_s);
        for (int i = 0; table && i < table->rowCount(); ++i)
            out.append(table->item(i, 0)->text() + u" | "_s + table->item(i, 1)->text());
        return out;
    }

    // Every cell of every provider range is covered or not needed, and the ranges' SIP cells
    // name the rule that allows them.
    void verifyFullCoverage()
    {
        QVERIFY(model()->rowCount() >= 9);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const coverage::CoverageTarget &target = model()->input().targets.at(row);
            for (int column = CoverageMatrixModel::SipUdp;
                 column < CoverageMatrixModel::ColumnCount; ++column) {
                const State state = model()->state(row, column);
                QVERIFY2(state == State::Covered || state == State::NotNeeded,
                    qPrintable(target.label + u' ' + CoverageMatrixModel::serviceId(column)
                        + u": "_s + model()->index(row, column).data().toString()));
            }
            if (target.isProxy)
                continue;
            QCOMPARE(model()->state(row, CoverageMatrixModel::SipUdp), State::Covered);
            QCOMPARE(model()->state(row, CoverageMatrixModel::Acl), State::Covered);
            QCOMPARE(
                model()->index(row, CoverageMatrixModel::SipUdp).data().toString(), u"✔ covered"_s);
            click(row, CoverageMatrixModel::SipUdp);
            const QString detail = m_page->detailText();
            QVERIFY2(detail.contains(
                         u"ufw allow from "_s + target.label + u" to any port 5060 proto udp"_s),
                qPrintable(detail));
            QVERIFY2(detail.contains(u"Gaps: none."_s), qPrintable(detail));
            QCOMPARE(m_page->rangeBar()->coveredFraction(), 1.0);
            click(row, CoverageMatrixModel::Acl);
            QVERIFY2(m_page->detailText().contains(
                         u"<node type=\"allow\" cidr=\""_s + target.label + u"\"/>"_s),
                qPrintable(m_page->detailText()));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<session::PlatformSession>();
        m_page = std::make_unique<ui::CoveragePage>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void nothingLoadedSaysSo()
    {
        const int row = rowOf(u"92.197.176.0/24"_s);
        QVERIFY(row >= 0);
        QCOMPARE(
            model()->index(row, CoverageMatrixModel::SipUdp).data().toString(), u"? not loaded"_s);
        QCOMPARE(
            model()->index(row, CoverageMatrixModel::Wss).data().toString(), u"– not needed"_s);
        QCOMPARE(model()->headerData(CoverageMatrixModel::Acl, Qt::Horizontal).toString(),
            u"ACL sip-gateways"_s);
        QVERIFY(
            m_page->findChild<QLabel *>(u"sourcesLabel"_s)->text().contains(u"UFW: not loaded"_s));
    }

    void documentedRulesCoverEveryRange()
    {
        m_page->loadText(kDocumentedRules, u"documented.rules"_s);
        m_page->loadText(kSipGateways, u"acl.conf.xml"_s);
        QVERIFY(model()->hasUfw() && model()->hasAcl());
        QCOMPARE(m_page->errorText(), QString());
        verifyFullCoverage();

        // Colour AND symbol AND text.
        const int row = rowOf(u"92.197.176.0/24"_s);
        const QModelIndex covered
            = m_page->view()->model()->index(row, CoverageMatrixModel::SipUdp);
        const QModelIndex notNeeded = m_page->view()->model()->index(row, CoverageMatrixModel::Wss);
        QCOMPARE(covered.data(Qt::BackgroundRole).value<QBrush>().color(),
            ui::coverageStyle(State::Covered).background);
        QCOMPARE(notNeeded.data().toString(), u"– not needed"_s);
        QVERIFY(covered.data(Qt::BackgroundRole) != notNeeded.data(Qt::BackgroundRole));

        // What is open to everyone is documented: notes only, nothing to fix.
        QCOMPARE(model()->count(coverage::FindingSeverity::Error), 0);
        QCOMPARE(model()->count(coverage::FindingSeverity::Warning), 0);
        QVERIFY(findingTexts().join(u'\n').contains(
            u"ℹ note | UFW rule 9 (ufw allow 7443/tcp) opens the WebRTC port 7443/tcp"_s));
        m_page->findChild<QPushButton *>(u"suggestFixPushButton"_s)->click();
        QCOMPARE(m_page->fixText(), u"# Nothing to fix: no warnings and no errors."_s);
    }

    void missingRuleShowsTheGapAndTheFix()
    {
        m_page->loadText(without(kDocumentedRules, kPlusnet177Udp), u"user.rules"_s);
        m_page->loadText(kSipGateways, u"acl.conf.xml"_s);
        const int row = rowOf(u"92.197.177.0/24"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model()->state(row, CoverageMatrixModel::SipUdp), State::NotCovered);
        QCOMPARE(
            model()->index(row, CoverageMatrixModel::SipUdp).data().toString(), u"✖ not covered"_s);
        QCOMPARE(m_page->view()
                     ->model()
                     ->index(row, CoverageMatrixModel::SipUdp)
                     .data(Qt::BackgroundRole)
                     .value<QBrush>()
                     .color(),
            ui::coverageStyle(State::NotCovered).background);
        // The rest of the range's services and the neighbours are untouched.
        QCOMPARE(model()->state(row, CoverageMatrixModel::SipTls), State::Covered);
        QCOMPARE(model()->state(row, CoverageMatrixModel::Acl), State::Covered);
        QCOMPARE(model()->state(rowOf(u"92.197.176.0/24"_s), CoverageMatrixModel::SipUdp),
            State::Covered);
        // The proxy address inside the range has the same gap.
        QCOMPARE(
            model()->state(rowOf(u"sip.plusnet.de 92.197.177.16"_s), CoverageMatrixModel::SipUdp),
            State::NotCovered);

        click(row, CoverageMatrixModel::SipUdp);
        const QString detail = m_page->detailText();
        QVERIFY2(detail.contains(u"No rule allows it."_s), qPrintable(detail));
        QVERIFY2(
            detail.contains(
                u"92.197.177.0/24 (5060/udp) — no rule matches: the default policy (deny) decides"_s),
            qPrintable(detail));
        QVERIFY2(detail.contains(kPlusnet177Udp), qPrintable(detail));
        QCOMPARE(m_page->rangeBar()->coveredFraction(), 0.0);
        QCOMPARE(m_page->rangeBar()->segments().size(), 1);
        QCOMPARE(m_page->rangeBar()->segments().first().state, State::NotCovered);

        QVERIFY(findingTexts().join(u'\n').contains(
            u"✖ error | UFW does not allow sip-udp (5060/udp) from 92.197.177.0/24 [plusnet]."_s));
        auto *copy = m_page->findChild<QPushButton *>(u"copyFixPushButton"_s);
        QVERIFY(!copy->isEnabled());
        m_page->findChild<QPushButton *>(u"suggestFixPushButton"_s)->click();
        const QStringList fix = m_page->fixText().split(u'\n');
        QVERIFY2(fix.contains(kPlusnet177Udp), qPrintable(m_page->fixText()));
        QVERIFY(fix.first().startsWith(u"# "_s)); // a comment: the text box is a copyable script
        QVERIFY(copy->isEnabled());

        // Putting the rule back closes the gap, and the open fix box follows.
        m_page->loadText(kDocumentedRules, u"user.rules"_s);
        QCOMPARE(model()->state(row, CoverageMatrixModel::SipUdp), State::Covered);
        QVERIFY(m_page->detailText().contains(kPlusnet177Udp)); // still the selected cell
        QCOMPARE(m_page->fixText(), u"# Nothing to fix: no warnings and no errors."_s);
    }

    void partialGapIsDrawnInTheRangeBar()
    {
        // Only the lower half of 92.197.177.0/24 is allowed.
        m_page->loadText(without(kDocumentedRules, kPlusnet177Udp)
                + u"ufw allow from 92.197.177.0/25 to any port 5060 proto udp\n"_s,
            u"user.rules"_s);
        const int row = rowOf(u"92.197.177.0/24"_s);
        QCOMPARE(model()->index(row, CoverageMatrixModel::SipUdp).data().toString(), u"◐ partly"_s);
        click(row, CoverageMatrixModel::SipUdp);
        const QList<CoverageMatrixModel::Segment> segments = m_page->rangeBar()->segments();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).state, State::Covered);
        QCOMPARE(segments.at(0).end, 0.5);
        QCOMPARE(segments.at(1).state, State::NotCovered);
        QCOMPARE(segments.at(1).label, u"92.197.177.128/25 (5060/udp)"_s);
        QCOMPARE(m_page->rangeBar()->coveredFraction(), 0.5);
        QVERIFY(m_page->rangeBar()->toolTip().contains(u"50% of the block"_s));
        QVERIFY(m_page->detailText().contains(
            u"ufw allow from 92.197.177.128/25 to any port 5060 proto udp"_s));
        m_page->suggestFix();
        QVERIFY(
            m_page->grab().save(QCoreApplication::applicationDirPath() + u"/coverage-gap.png"_s));
    }

    void denyBeforeAllowIsShadowed()
    {
        m_page->loadText(
            u"ufw deny from 92.197.176.0/24 to any port 5060 proto udp\n"_s + kDocumentedRules,
            u"user.rules"_s);
        const int row = rowOf(u"92.197.176.0/24"_s);
        QCOMPARE(model()->index(row, CoverageMatrixModel::SipUdp).data().toString(),
            u"⛔ shadowed by deny"_s);
        click(row, CoverageMatrixModel::SipUdp);
        QVERIFY2(
            m_page->detailText().contains(
                u"rule 1 (line 1): ufw deny from 92.197.176.0/24 to any port 5060 proto udp matches first and hides rule 2"_s),
            qPrintable(m_page->detailText()));
    }

    void sipOpenToAnyoneIsFlagged()
    {
        m_page->loadText(kDocumentedRules + u"ufw allow 5060/udp\n"_s, u"user.rules"_s);
        QCOMPARE(model()->report().findingsWithId(u"XY-UFW-SIP-OPEN-TO-ANY"_s).size(), 1);
        QVERIFY2(
            findingTexts().first().startsWith(
                u"✖ error | UFW rule 12 (ufw allow 5060/udp) opens SIP port 5060/udp to every address."_s),
            qPrintable(findingTexts().join(u'\n')));
        m_page->suggestFix();
        QVERIFY2(m_page->fixText().split(u'\n').contains(u"ufw delete allow 5060/udp"_s),
            qPrintable(m_page->fixText()));
        // The providers themselves are still covered.
        QCOMPARE(model()->state(rowOf(u"92.197.177.0/24"_s), CoverageMatrixModel::SipUdp),
            State::Covered);
    }

    void parseErrorsNameTheirLine()
    {
        m_page->loadText(
            u"ufw allow from 92.197.176.0/24 to any port 5060 proto udp\nufw alow 5061/tcp\n"_s,
            u"broken.rules"_s);
        QVERIFY2(m_page->errorText().contains(u"broken.rules, line 2: "_s),
            qPrintable(m_page->errorText()));
        QVERIFY(m_page->findChild<QLabel *>(u"errorsLabel"_s)->isVisible());
        QCOMPARE(model()->state(rowOf(u"92.197.176.0/24"_s), CoverageMatrixModel::SipUdp),
            State::Covered); // the good line counts

        m_page->loadText(uR"(<configuration name="acl.conf">
  <network-lists>
    <list name="sip-gateways" default="deny">
      <node type="allow" cidr="92.197.176.0/33"/>
    </list>
  </network-lists>
</configuration>
)"_s,
            u"acl.conf.xml"_s);
        QVERIFY2(m_page->errorText().contains(u"acl.conf.xml, line 4: "_s),
            qPrintable(m_page->errorText()));
    }

    void openFilesReadsUserRulesTogether()
    {
        const coverage::UfwParseResult documented = coverage::UfwParser::parse(kDocumentedRules);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QString &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        write(u"user.rules"_s,
            coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv4));
        write(u"user6.rules"_s,
            coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv6));
        write(u"acl.conf.xml"_s, kSipGateways);
        QVERIFY(m_page->openFiles({dir.filePath(u"user6.rules"_s), dir.filePath(u"user.rules"_s),
            dir.filePath(u"acl.conf.xml"_s)}));
        QCOMPARE(m_page->errorText(), QString());
        const QString sources = m_page->findChild<QLabel *>(u"sourcesLabel"_s)->text();
        QVERIFY2(sources.contains(u"UFW: user.rules + user6.rules"_s), qPrintable(sources));
        QVERIFY2(sources.contains(u"ACL: acl.conf.xml (1 list(s))"_s), qPrintable(sources));
        verifyFullCoverage();

        QVERIFY(!m_page->openFiles({dir.filePath(u"missing.rules"_s)}));
        QVERIFY2(m_page->statusText().contains(u"missing.rules cannot be read"_s),
            qPrintable(m_page->statusText()));
    }

    void liveFromTheSandbox()
    {
        sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        o.timeMode = sandbox::SimScheduler::Mode::Manual;
        sandbox::Sandbox sb(sandbox::Scenario::builtIn(), o);
        QVERIFY(sb.start());
        m_session->setSandbox(true);
        m_session->api()->setBaseUrl(sb.apiUrl());
        m_session->api()->setToken(sb.options().operatorToken);
        m_session->gateways()->addNode(
            u"sandbox"_s, sb.eslHost(), sb.eslPort(), sb.options().eslPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->gateways()->nodes().isEmpty()
                && m_session->gateways()->nodes().first().state == esl::Link::State::Up,
            10'000);

        QSignalSpy finished(m_page.get(), &ui::CoveragePage::liveLoadFinished);
        m_page->findChild<QPushButton *>(u"livePushButton"_s)->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY2(m_page->statusText().startsWith(u"Loaded from the platform"_s),
            qPrintable(m_page->statusText()));
        const QString sources = m_page->findChild<QLabel *>(u"sourcesLabel"_s)->text();
        QVERIFY2(sources.contains(u"UFW: Platform API (11 rule(s))"_s), qPrintable(sources));
        QVERIFY2(sources.contains(u"ACL: FreeSWITCH sandbox (Event Socket) (2 list(s))"_s),
            qPrintable(sources));
        // The platform's profiles: RTP on 16384:16484.
        QCOMPARE(model()->input().profiles.size(), 2);
        verifyFullCoverage();
        QCOMPARE(model()->count(coverage::FindingSeverity::Error), 0);
        QCOMPARE(model()->count(coverage::FindingSeverity::Warning), 0);

        // For the screenshot: a selected range, its bar and the (empty) fix.
        click(rowOf(u"92.197.177.0/24"_s), CoverageMatrixModel::SipUdp);
        m_page->suggestFix();
        const QString path = QCoreApplication::applicationDirPath() + u"/coverage.png"_s;
        QVERIFY(m_page->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void liveWithoutEventSocketSaysSo()
    {
        sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        o.timeMode = sandbox::SimScheduler::Mode::Manual;
        sandbox::Sandbox sb(sandbox::Scenario::builtIn(), o);
        QVERIFY(sb.start());
        m_session->api()->setBaseUrl(sb.apiUrl());
        m_session->api()->setToken(sb.options().operatorToken);
        QSignalSpy finished(m_page.get(), &ui::CoveragePage::liveLoadFinished);
        m_page->loadLive();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(m_page->statusText().contains(u"no FreeSWITCH node is configured"_s),
            qPrintable(m_page->statusText()));
        QVERIFY(model()->hasUfw());
        QVERIFY(!model()->hasAcl());
        QCOMPARE(
            model()->index(rowOf(u"92.197.176.0/24"_s), CoverageMatrixModel::Acl).data().toString(),
            u"? not loaded"_s);
    }

    void mainWindowHasTheCoverageTab()
    {
        ui::MainWindow window(m_session.get());
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i)
            names.append(tabs->tabText(i));
        QVERIFY2(names.contains(u"&Coverage"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.indexOf(u"&Coverage"_s) == names.indexOf(u"&Activity"_s) + 1);
    }
};

QTEST_MAIN(TestCoveragePage)
#include "tst_coveragepage.moc"
