#include "model/SofiaNames.h"

using namespace Qt::StringLiterals;

namespace xynap {

bool isValidSofiaName(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxSofiaNameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidGatewayName(QStringView name)
{
    return isValidSofiaName(name) && name != AllGateways;
}

bool isValidConnectionProfileName(QStringView name)
{
    return isValidSofiaName(name);
}

QString shellWord(QStringView word)
{
    bool bare = !word.isEmpty();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u',' || u == u'/'
            || u == u':' || u == u'=' || u == u'@' || u == u'%' || u == u'+' || u == u'-';
        if (!safe) {
            bare = false;
            break;
        }
    }
    if (bare)
        return word.toString();
    QString quoted = word.toString();
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + quoted + u"'"_s;
}

QString shellLine(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &a : argv)
        words.append(shellWord(a));
    return words.join(u' ');
}

namespace {
QString nameProblem(const QString &sofiaProfile, const QString &gateway)
{
    if (!isValidSofiaName(sofiaProfile))
        return u"the Sofia profile name is not one FreeSWITCH accepts (1-128 of A-Z a-z 0-9 _ . -)"_s;
    if (gateway == AllGateways)
        return u"\"_all_\" is every gateway of the profile, not the name of one"_s;
    if (!isValidGatewayName(gateway))
        return u"the gateway name is not one FreeSWITCH accepts (1-128 of A-Z a-z 0-9 _ . -)"_s;
    return {};
}
} // namespace

SuggestedCommand reloadGatewayCommand(const QString &sofiaProfile, const QString &gateway)
{
    SuggestedCommand c;
    c.error = nameProblem(sofiaProfile, gateway);
    if (!c.ok())
        return c;
    // A name may start with '-' (the grammar allows it): then it is joined to its option, so
    // it can never be read as an option of its own (`--gateway=--yes`).
    const auto option = [&c](const QString &name, const QString &value) {
        if (value.startsWith(u'-'))
            c.argv.append(name + u'=' + value);
        else
            c.argv << name << value;
    };
    c.argv = {u"xynapctl"_s, u"reload"_s};
    option(u"--sofia-profile"_s, sofiaProfile);
    option(u"--gateway"_s, gateway);
    c.line = shellLine(c.argv);
    return c;
}

SuggestedCommand killGatewayCommand(const QString &sofiaProfile, const QString &gateway)
{
    SuggestedCommand c;
    c.error = nameProblem(sofiaProfile, gateway);
    if (!c.ok())
        return c;
    c.argv = {u"sofia"_s, u"profile"_s, sofiaProfile, u"killgw"_s, gateway};
    c.line = c.argv.join(u' '); // every word passed the grammar: no quoting, no line break
    return c;
}

} // namespace xynap
