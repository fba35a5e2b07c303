#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace xynap {

// Bounds on what a node may make the console hold (README, "Hostile input"): a node that
// reports more gateways than any platform has — in a `sofia xmlstatus gateway` snapshot or in
// events — is not believed further, and a snapshot reply longer than MaxSnapshotBytes is not
// read. Exceeding one is an error of its own, never "healthy".
inline constexpr int MaxGatewaysPerNode = 100'000;
inline constexpr qsizetype MaxSnapshotBytes
    = qsizetype(128) * 1024 * 1024; // about 1 KB per gateway

// The child elements of one <gateway>, as read. The eight the console reads (the lint's drift
// checks, the monitor's retry and uptime, the ping of the views and of apply) are held back to
// back in one string, each ending where `m_end` says: one allocation per gateway instead of
// eight strings (a QHash of them was 2.3 KB per gateway, most of a fleet's memory). Any other
// element (a snapshot read with every element: tests, the sandbox's comparisons), and a read one
// whose value would make that string longer than MaxText, sits in a list beside them, made only
// when there is one: 56 B without it (what runs keeps one per gateway, 250,000 in a fleet).
class GatewayFields {
public:
    static constexpr qsizetype MaxText = 65'535; // the ends are 16-bit

    static const QStringList &readNames()
    {
        static const QStringList names {QStringLiteral("from"), QStringLiteral("exten"),
            QStringLiteral("expires"), QStringLiteral("pingfreq"), QStringLiteral("pingtime"),
            QStringLiteral("pingcount"), QStringLiteral("retry"), QStringLiteral("uptime-usec")};
        return names;
    }
    static bool isReadName(QByteArrayView name)
    {
        const QStringList &names = readNames();
        return std::any_of(names.cbegin(), names.cend(),
            [name](const QString &n) { return QLatin1StringView(name) == n; });
    }

    GatewayFields() = default;
    GatewayFields(const GatewayFields &other)
        : m_text(other.m_text)
        , m_end(other.m_end)
        , m_other(other.m_other ? std::make_unique<Others>(*other.m_other) : nullptr)
        , m_present(other.m_present)
    {
    }
    // What is moved from is left empty, never with ends into a text it no longer has.
    GatewayFields(GatewayFields &&other) noexcept
        : m_text(std::move(other.m_text))
        , m_end(std::exchange(other.m_end, {}))
        , m_other(std::move(other.m_other))
        , m_present(std::exchange(other.m_present, quint8(0)))
    {
    }
    GatewayFields &operator=(const GatewayFields &other)
    {
        if (this != &other)
            *this = GatewayFields(other);
        return *this;
    }
    GatewayFields &operator=(GatewayFields &&other) noexcept
    {
        m_text = std::move(other.m_text);
        m_end = std::exchange(other.m_end, {});
        m_other = std::move(other.m_other);
        m_present = std::exchange(other.m_present, quint8(0));
        return *this;
    }
    ~GatewayFields() = default;

    QString value(QStringView name) const
    {
        const int slot = slotOf(name);
        if (slot >= 0 && (m_present & (1U << slot)))
            return m_text.sliced(start(slot), length(slot));
        if (const auto *kv = other(name))
            return kv->second;
        return {};
    }
    bool contains(QStringView name) const
    {
        const int slot = slotOf(name);
        return (slot >= 0 && (m_present & (1U << slot))) || other(name) != nullptr;
    }
    // Sets an element; the last of the same name wins, as in the reply.
    void insert(const QString &name, const QString &value)
    {
        const int slot = slotOf(name);
        if (slot >= 0 && m_text.size() - length(slot) + value.size() <= MaxText) {
            setSlot(slot, value);
            m_present |= 1U << slot;
            removeOther(name);
            return;
        }
        if (slot >= 0 && (m_present & (1U << slot))) {
            setSlot(slot, QString());
            m_present &= ~(1U << slot);
        }
        if (!m_other)
            m_other = std::make_unique<Others>();
        for (auto &kv : *m_other) {
            if (kv.first == name) {
                kv.second = value;
                return;
            }
        }
        m_other->append({name, value});
    }
    void remove(QStringView name)
    {
        const int slot = slotOf(name);
        if (slot >= 0) {
            setSlot(slot, QString());
            m_present &= ~(1U << slot);
        }
        removeOther(name);
    }
    // The names of the elements present, in no particular order.
    QStringList keys() const
    {
        QStringList out;
        for (int slot = 0; slot < SlotCount; ++slot) {
            if (m_present & (1U << slot))
                out.append(readNames().at(slot));
        }
        if (m_other) {
            for (const auto &kv : *m_other)
                out.append(kv.first);
        }
        return out;
    }
    bool isEmpty() const { return m_present == 0 && !m_other; }
    // The elements of the first `count` read names only, in one allocation of their own; the
    // others (and the names not read) are left out.
    GatewayFields firstOf(int count) const
    {
        GatewayFields out;
        const qsizetype end = count > 0 ? qsizetype(m_end[size_t(count - 1)]) : 0;
        out.m_text = QString(m_text.constData(), end);
        for (size_t slot = 0; slot < SlotCount; ++slot)
            out.m_end[slot] = quint16(qMin(qsizetype(m_end[slot]), end));
        out.m_present = quint8(m_present & ((1U << count) - 1));
        if (m_other) {
            // A read element too long for the string: kept beside it, as here.
            for (const auto &kv : *m_other) {
                const int slot = slotOf(kv.first);
                if (slot >= 0 && slot < count)
                    out.insert(kv.first, kv.second);
            }
        }
        return out;
    }
    // Gives back what building it left unused (the parser calls it once per gateway).
    void squeeze() { m_text.squeeze(); }
    // The same elements with the same values, in whatever order they were read.
    friend bool operator==(const GatewayFields &a, const GatewayFields &b)
    {
        // The slots' layout follows from their values alone.
        const qsizetype aOthers = a.m_other ? a.m_other->size() : 0;
        const qsizetype bOthers = b.m_other ? b.m_other->size() : 0;
        if (a.m_present != b.m_present || a.m_end != b.m_end || a.m_text != b.m_text
            || aOthers != bOthers)
            return false;
        return aOthers == 0
            || std::all_of(a.m_other->cbegin(), a.m_other->cend(),
                [&b](const std::pair<QString, QString> &kv) {
                    const auto *theirs = b.other(kv.first);
                    return theirs && theirs->second == kv.second;
                });
    }

private:
    using Others = QList<std::pair<QString, QString>>;
    static constexpr int SlotCount = 8;
    static int slotOf(QStringView name)
    {
        const QStringList &names = readNames();
        for (int slot = 0; slot < SlotCount; ++slot) {
            if (names.at(slot) == name)
                return slot;
        }
        return -1;
    }
    const std::pair<QString, QString> *other(QStringView name) const
    {
        if (!m_other)
            return nullptr;
        for (const auto &kv : *m_other) {
            if (kv.first == name)
                return &kv;
        }
        return nullptr;
    }
    void removeOther(QStringView name)
    {
        if (!m_other)
            return;
        m_other->removeIf(
            [name](const std::pair<QString, QString> &kv) { return kv.first == name; });
        if (m_other->isEmpty())
            m_other.reset();
    }
    qsizetype start(int slot) const { return slot == 0 ? 0 : qsizetype(m_end[size_t(slot - 1)]); }
    qsizetype length(int slot) const { return qsizetype(m_end[size_t(slot)]) - start(slot); }
    // The caller keeps m_text within MaxText.
    void setSlot(int slot, const QString &value)
    {
        const qsizetype from = start(slot);
        const qsizetype old = length(slot);
        m_text.replace(from, old, value);
        const qsizetype delta = value.size() - old;
        for (int s = slot; s < SlotCount; ++s)
            m_end[size_t(s)] = quint16(qsizetype(m_end[size_t(s)]) + delta);
    }

    QString m_text; // the read elements' values, in the order of readNames()
    std::array<quint16, SlotCount> m_end {}; // where each slot's value ends in m_text
    std::unique_ptr<Others> m_other; // made with the first element kept here
    quint8 m_present = 0;
};

static_assert(sizeof(void *) != 8 || sizeof(GatewayFields) <= 56,
    "GatewayFields grew: what runs holds one per gateway");

// One gateway as `sofia xmlstatus gateway` reports it.
struct GatewayStatus {
    QString node; // the FreeSWITCH node that reported it (empty: one node, unnamed)
    QString name;
    QString profile;
    QString realm;
    QString username;
    QString proxy;
    QString state; // REGED, NOREG, FAIL_WAIT, ...
    QString pingStatus; // UP / DOWN (the <status> element)
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    GatewayFields fields; // the elements, as read (esl::Fields: all, or those the console reads)

    // <pingtime> in milliseconds, for a gateway that pings (<pingfreq> above 0) and has had a
    // ping answered; -1 otherwise (FreeSWITCH reports 0.00 before the first answer).
    double pingTimeMs() const
    {
        bool okFreq = false;
        bool okTime = false;
        const int freq = fields.value(QStringLiteral("pingfreq")).toInt(&okFreq);
        const double ms = fields.value(QStringLiteral("pingtime")).toDouble(&okTime);
        if (!okFreq || !okTime || freq <= 0 || !(ms > 0) || ms > 3'600'000)
            return -1;
        return ms;
    }
};

// What the lint reads of a gateway a node runs: its configuration as the node's last
// `sofia xmlstatus gateway` (or status answer) reported it. The monitor keeps one list of them
// per node, and a lint snapshot shares those lists instead of copying them (a copy per relint was
// 300 B a gateway, 75 MB at 250,000).
struct RunningGateway {
    QString name;
    QString profile;
    QString realm;
    QString username;
    QString proxy;
    GatewayFields fields;
    // The state that answer said: whether it registers is configuration too (a row's own state
    // moves with every event, and is empty after FreeSWITCH added the gateway again).
    QString state;

    // What the lint reads of the fields: the first four read names (from, exten, expires,
    // pingfreq). The others change with every answer and are the row's; kept here for every
    // gateway they were a fifth of what runs (8 MB at 250,000).
    static constexpr int LintFields = 4;
    static RunningGateway of(const GatewayStatus &g)
    {
        return {
            g.name, g.profile, g.realm, g.username, g.proxy, g.fields.firstOf(LintFields), g.state};
    }
};

// One gateway of a node's list as the console keeps it once read: what the lint reads (what
// runs) and what the row shows of the moment. The other members and elements of the
// GatewayStatus it was read as are not kept: a node's list held as GatewayStatus, beside what
// runs made of it, was 40 MB at 50,000 gateways.
struct ListedGateway {
    RunningGateway running;
    QString pingStatus;
    double pingTimeMs = -1; // GatewayStatus::pingTimeMs()
    qint64 uptimeUsec = 0; // <uptime-usec>, 0 when absent or not a number
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    int retrySeconds = -1; // <retry> ("30s"), -1 when absent or not a number

    static ListedGateway of(const GatewayStatus &g)
    {
        ListedGateway out {RunningGateway::of(g), g.pingStatus, g.pingTimeMs(),
            g.fields.value(QStringLiteral("uptime-usec")).toLongLong(), g.callsIn, g.callsOut,
            g.failedCallsIn, g.failedCallsOut, -1};
        bool ok = false;
        const int retry
            = g.fields.value(QStringLiteral("retry")).remove(QLatin1Char('s')).toInt(&ok);
        if (ok)
            out.retrySeconds = retry;
        return out;
    }
};

// A node's list as read, in blocks of BlockSize gateways: it grows without moving what it holds
// or keeping room for twice as many (a QList of 50,000 doubling as it grows had room for 65,536),
// and whoever applies it can give back each block once it took what it holds.
class GatewayList final {
public:
    static constexpr qsizetype BlockSize = 1024;

    GatewayList() = default;
    // A list of what was read whole (tests, benchmarks, one-shot parses).
    static GatewayList of(const QList<GatewayStatus> &gateways)
    {
        GatewayList list;
        for (const GatewayStatus &g : gateways)
            list.append(ListedGateway::of(g));
        return list;
    }

    void append(ListedGateway gateway)
    {
        if (m_blocks.isEmpty() || m_blocks.last().size() == BlockSize) {
            m_blocks.append(QList<ListedGateway>());
            m_blocks.last().reserve(BlockSize);
        }
        m_blocks.last().append(std::move(gateway));
        ++m_size;
    }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype blockCount() const { return m_blocks.size(); }
    const QList<ListedGateway> &block(qsizetype i) const { return m_blocks.at(i); }
    QList<ListedGateway> &block(qsizetype i) { return m_blocks[i]; }
    // Gives back a block's memory; the list's size stays what was read.
    void release(qsizetype i) { m_blocks[i] = QList<ListedGateway>(); }

private:
    QList<QList<ListedGateway>> m_blocks;
    qsizetype m_size = 0;
};

// What one node runs.
struct NodeRunning {
    QString node; // empty: one node, unnamed
    QList<RunningGateway> gateways;
};

// Gateways (of a file, of a test) by node, the nodes in the order first named.
inline QList<NodeRunning> runningByNode(const QList<GatewayStatus> &gateways)
{
    QList<NodeRunning> nodes;
    for (const GatewayStatus &g : gateways) {
        auto it = std::find_if(
            nodes.begin(), nodes.end(), [&g](const NodeRunning &n) { return n.node == g.node; });
        if (it == nodes.end())
            it = nodes.insert(nodes.end(), NodeRunning {g.node, {}});
        it->gateways.append(RunningGateway::of(g));
    }
    return nodes;
}

} // namespace xynap
