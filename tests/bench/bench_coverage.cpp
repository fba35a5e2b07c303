// How long the coverage analysis takes on a large firewall: 10,000 UFW rules, 1,000 provider
// ranges (three services each), a 1,000-node ACL. Not part of ctest:
//   build/dev/tests/bench_coverage [--benchmark_filter=…]
#include "coverage/AclList.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwCommandParser.h"
#include "coverage/UfwRenderer.h"
#include "coverage/UfwRulesFileParser.h"

#include <QHostAddress>
#include <QStringList>
#include <benchmark/benchmark.h>
#include <random>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

namespace {

QString randomV4(std::mt19937 &rng, int prefix)
{
    const quint32 address = quint32(rng());
    return Cidr::toString(Cidr::networkAt(QHostAddress(address), prefix));
}

QString randomV6(std::mt19937 &rng, int prefix)
{
    Q_IPV6ADDR a {};
    a[0] = 0x20;
    a[1] = 0x01;
    a[2] = 0x0d;
    a[3] = 0xb8;
    for (int i = 4; i < 16; ++i)
        a[i] = quint8(rng() % 4); // a narrow space, so rules and ranges overlap
    return Cidr::toString(Cidr::networkAt(QHostAddress(a), prefix));
}

struct Workload {
    QStringList commands;
    CoverageInput input;
};

Workload workload(int ruleCount, int rangeCount)
{
    std::mt19937 rng(42);
    Workload w;
    QStringList sources;
    for (int i = 0; i < ruleCount; ++i) {
        const int kind = int(rng() % 100);
        QString source = kind < 80 ? randomV4(rng, 16 + int(rng() % 17))
                                   : randomV6(rng, 100 + int(rng() % 29));
        if (!sources.isEmpty() && rng() % 4 == 0)
            source = sources.at(qsizetype(rng() % quint64(sources.size()))); // overlapping rules
        sources.append(source);
        const char *ports[] = {"5060 proto udp", "5061 proto tcp", "16384:16484 proto udp",
            "22 proto tcp", "5060:5061 proto udp"};
        const QString port = QString::fromLatin1(ports[rng() % 5]);
        const char *action = (rng() % 10 == 0) ? "deny" : (rng() % 20 == 0) ? "limit" : "allow";
        if (rng() % 50 == 0)
            w.commands.append(u"ufw allow %1/udp"_s.arg(10000 + int(rng() % 1000)));
        else
            w.commands.append(
                u"ufw %1 from %2 to any port %3"_s.arg(QString::fromLatin1(action), source, port));
    }
    w.input.ufw = UfwConfiguration::from(UfwCommandParser::parse(w.commands.join(u'\n')));

    AclList acl;
    acl.name = u"sip-gateways"_s;
    acl.defaultPolicy = AclPolicy::Deny;
    for (int i = 0; i < 1000; ++i) {
        AclNode node;
        node.type = rng() % 10 == 0 ? AclPolicy::Deny : AclPolicy::Allow;
        node.subnet = Cidr::parse(sources.at(qsizetype(rng() % quint64(sources.size()))));
        acl.nodes.append(node);
    }
    w.input.acl = QList<AclList> {acl};

    for (int i = 0; i < rangeCount; ++i) {
        CoverageTarget t;
        t.provider = u"bench"_s;
        // Half the ranges are ranges some rule names, the other half random.
        const QString range = rng() % 2 ? sources.at(qsizetype(rng() % quint64(sources.size())))
            : rng() % 5                 ? randomV4(rng, 20 + int(rng() % 13))
                                        : randomV6(rng, 112 + int(rng() % 17));
        t.range = *Cidr::parse(range);
        t.label = range;
        t.services = {CoverageService::sipUdp(), CoverageService::sipTls(),
            CoverageService::rtp(PortSet::range(16384, 16484))};
        w.input.targets.append(t);
    }
    SofiaProfile profile;
    profile.name = u"internal"_s;
    profile.applyInboundAcl = u"sip-gateways"_s;
    profile.rtpEndPort = 16484;
    w.input.profiles = {profile};
    return w;
}

void BM_Analyze(benchmark::State &state)
{
    const Workload w = workload(int(state.range(0)), int(state.range(1)));
    qsizetype findings = 0;
    for (auto _ : state) {
        const CoverageReport report = CoverageAnalyzer::analyze(w.input);
        findings = report.findings.size();
        benchmark::DoNotOptimize(report.services.data());
    }
    state.counters["findings"] = double(findings);
    state.counters["results"] = double(w.input.targets.size() * 3);
}
BENCHMARK(BM_Analyze)->Args({10000, 1000})->Args({1000, 100})->Unit(benchmark::kMillisecond);

void BM_ParseCommands(benchmark::State &state)
{
    const QString text = workload(int(state.range(0)), 0).commands.join(u'\n');
    for (auto _ : state)
        benchmark::DoNotOptimize(UfwCommandParser::parse(text).rules.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseCommands)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_ParseUserRules(benchmark::State &state)
{
    const Workload w = workload(int(state.range(0)), 0);
    const QString text = UfwRenderer::rulesFile(w.input.ufw->rules, AddressFamily::IPv4);
    for (auto _ : state)
        benchmark::DoNotOptimize(UfwRulesFileParser::parse(text, AddressFamily::IPv4).rules.size());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseUserRules)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
