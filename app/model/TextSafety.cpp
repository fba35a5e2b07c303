#include "TextSafety.h"

using namespace Qt::StringLiterals;

namespace xynap {

namespace {
bool isControl(char32_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
}

// Characters that move or reorder text without being control characters.
bool isLayoutControl(char32_t u)
{
    return u == 0x2028 || u == 0x2029 // line / paragraph separator
        || u == 0x200e || u == 0x200f || u == 0x061c // LRM, RLM, ALM
        || (u >= 0x202a && u <= 0x202e) // embeddings and overrides
        || (u >= 0x2066 && u <= 0x2069); // isolates
}
} // namespace

QString terminalSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isControl(u))
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
        else if (isLayoutControl(u))
            out += u"\\u{%1}"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

QString pluginSafe(const QString &text)
{
    return terminalSafe(text).replace(u'|', u"\\x7c"_s);
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r')
        || cell.contains(u'\n'))
        return u"\""_s + cell.replace(u"\""_s, u"\"\""_s) + u"\""_s;
    return cell;
}

} // namespace xynap
