// The coverage matrix's parts without the Qt model: the states read from the analysis, the
// range-bar geometry and the texts.
#include "coverage/CoverageTarget.h"
#include "session/CoverageMatrix.h"
#include "session/CoverageMatrixGeometry.h"
#include "session/CoverageMatrixText.h"
#include "session/CoverageSources.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::session;

namespace {

using State = CoverageMatrix::CellState;
using Segment = CoverageMatrix::Segment;

// The first IPv4 range of the built-in catalog that is reached by SIP over UDP.
int udpRow(const CoverageMatrix &matrix)
{
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const coverage::CoverageTarget &t = matrix.input().targets.at(row);
        if (!t.isProxy && t.range.first.protocol() == QAbstractSocket::IPv4Protocol
            && CoverageMatrix::serviceOf(t, u"sip-udp"_s))
            return row;
    }
    return -1;
}

} // namespace

class TestCoverageMatrix final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statesWithoutSourcesAreUnknown()
    {
        CoverageSources sources;
        sources.setTargets(CoverageSources::targetsFor(ProviderCatalog::builtIn(), {}));
        const CoverageMatrix matrix
            = CoverageMatrix::analyse(ProviderCatalog::builtIn(), sources.input());
        const int row = udpRow(matrix);
        QVERIFY(row >= 0);
        QCOMPARE(matrix.state(row, CoverageMatrix::SipUdp), State::Unknown);
        QVERIFY(matrix.fixes(row, CoverageMatrix::SipUdp).isEmpty());
        QCOMPARE(matrix.state(-1, CoverageMatrix::SipUdp), State::Unknown);
        QCOMPARE(matrix.state(matrix.rowCount(), CoverageMatrix::SipUdp), State::Unknown);
        QVERIFY(CoverageMatrixText::detail(matrix, row, CoverageMatrix::SipUdp)
                    .contains(u"No UFW rules loaded"_s));
        QCOMPARE(CoverageMatrixGeometry::segments(matrix, row, CoverageMatrix::SipUdp).size(), 1);
        QVERIFY(CoverageMatrixGeometry::segments(matrix, row, CoverageMatrix::Provider).isEmpty());
    }

    void ruleThatAllowsAllCoversTheCell()
    {
        CoverageSources sources;
        sources.setTargets(CoverageSources::targetsFor(ProviderCatalog::builtIn(), {}));
        sources.setUfw(
            CoverageSources::parseUfw(u"ufw allow 5060/udp"_s, u"pasted"_s), u"pasted"_s);
        QCOMPARE(sources.ufwSummary(), u"UFW: pasted (1 rule(s))"_s);
        const CoverageMatrix matrix
            = CoverageMatrix::analyse(ProviderCatalog::builtIn(), sources.input());
        const int row = udpRow(matrix);
        QVERIFY(row >= 0);
        QCOMPARE(matrix.state(row, CoverageMatrix::SipUdp), State::Covered);
        const QString detail = CoverageMatrixText::detail(matrix, row, CoverageMatrix::SipUdp);
        QVERIFY2(detail.contains(u"ufw allow 5060/udp"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"Gaps: none."_s), qPrintable(detail));
        const QList<Segment> bar
            = CoverageMatrixGeometry::segments(matrix, row, CoverageMatrix::SipUdp);
        QCOMPARE(bar.size(), 1);
        QCOMPARE(bar.first().state, State::Covered);
    }

    // Overlapping parts: each interval shows its worst part, with every label over it.
    void flattenShowsTheWorstPart()
    {
        const QList<Segment> bar = CoverageMatrixGeometry::flatten(
            {{0.0, 0.5, State::Partly, u"a"_s}, {0.25, 0.75, State::NotCovered, u"b"_s}},
            State::Covered);
        QCOMPARE(bar.size(), 4);
        QCOMPARE(bar.at(0).end, 0.25);
        QCOMPARE(bar.at(0).state, State::Partly);
        QCOMPARE(bar.at(1).state, State::NotCovered);
        QCOMPARE(bar.at(1).label, u"a, b"_s);
        QCOMPARE(bar.at(2).label, u"b"_s);
        QCOMPARE(bar.at(3).start, 0.75);
        QCOMPARE(bar.at(3).state, State::Covered);
        QVERIFY(bar.at(3).label.isEmpty());
    }

    void neighboursInOneStateMerge()
    {
        const QList<Segment> bar = CoverageMatrixGeometry::flatten(
            {{0.0, 0.5, State::Shadowed, u"x"_s}, {0.5, 1.0, State::Shadowed, u"x"_s}},
            State::Covered);
        QCOMPARE(bar.size(), 1);
        QCOMPARE(bar.first().start, 0.0);
        QCOMPARE(bar.first().end, 1.0);
    }

    void worstStateWins()
    {
        QVERIFY(CoverageMatrix::rank(State::NotCovered) > CoverageMatrix::rank(State::Shadowed));
        QVERIFY(CoverageMatrix::rank(State::Shadowed) > CoverageMatrix::rank(State::Partly));
        QVERIFY(CoverageMatrix::rank(State::Unknown) > CoverageMatrix::rank(State::Covered));
        QVERIFY(CoverageMatrix::rank(State::Covered) > CoverageMatrix::rank(State::NotNeeded));
        QCOMPARE(CoverageMatrixText::symbol(State::Shadowed), u"⛔"_s);
        QCOMPARE(CoverageMatrixText::stateText(State::NotNeeded), u"not needed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCoverageMatrix)
#include "tst_coveragematrix.moc"
