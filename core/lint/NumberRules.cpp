// Rules about the numbers routed over a trunk.
#include "lint/Rules.h"
#include "model/FieldLabels.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

// "+49 345 566 7290", "0049 (345) 5667290" → "+493455667290"; empty if it cannot be made E.164.
QString toE164(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\\-/().]"_s);
    QString n = text;
    n.remove(separators);
    if (n.startsWith(u"00"_s))
        n = u"+"_s + n.mid(2);
    return isE164(n) ? n : QString();
}

class E164Rule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::E164Rule)

public:
    QString id() const override { return u"XY-E164"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        const auto report = [&](const QString &field, const QString &value, auto apply) {
            Finding f = makeFinding(id(), Severity::Error, t, {field});
            f.message = tr("%1 is not an E.164 number: \"%2\"").arg(trunkFieldLabel(field), value);
            f.why = tr("The providers expect numbers as +<country code><number> without spaces; "
                       "anything else is rejected or routed wrongly.");
            const QString fixedNumber = toE164(value);
            if (!fixedNumber.isEmpty()) {
                Trunk fixed = t;
                apply(fixed, fixedNumber);
                f.fixedTrunk = fixed;
                f.fixLabel = tr("Write it as %1").arg(fixedNumber);
            }
            out.append(f);
        };
        if (!t.callerId.isEmpty() && !isE164(t.callerId))
            report(u"caller_id"_s, t.callerId, [](Trunk &x, const QString &n) { x.callerId = n; });
        for (qsizetype i = 0; i < t.numbers.size(); ++i) {
            if (!isE164(t.numbers.at(i).number))
                report(u"numbers[%1].number"_s.arg(i), t.numbers.at(i).number,
                    [i](Trunk &x, const QString &n) { x.numbers[i].number = n; });
        }
    }
};

class CallerIdOwnRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::CallerIdOwnRule)

public:
    QString id() const override { return u"XY-CALLER-ID-NUMBER"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        if (t.callerId.isEmpty() || t.numbers.isEmpty() || !isE164(t.callerId))
            return;
        for (const TrunkNumber &n : t.numbers) {
            if (n.number == t.callerId)
                return;
        }
        Finding f = makeFinding(id(), Severity::Warning, t, {u"caller_id"_s});
        f.message = tr("The caller ID %1 is none of this trunk's numbers.").arg(t.callerId);
        f.why = tr("Providers replace or reject a caller ID that is not assigned to the trunk; "
                   "callers then see another number or the call fails.");
        Trunk fixed = t;
        fixed.callerId = t.numbers.first().number;
        f.fixedTrunk = fixed;
        f.fixLabel = tr("Use %1").arg(fixed.callerId);
        out.append(f);
    }
};

} // namespace

void addNumberRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<E164Rule>());
    rules.push_back(std::make_unique<CallerIdOwnRule>());
}

} // namespace xynap::lint
