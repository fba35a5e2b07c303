#include "model/TextSafety.h"

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

// Characters that are not shown at all: "gw1" and "gw\u200b1" look the same.
bool isInvisible(char32_t u)
{
    return (u >= 0x200b && u <= 0x200d) // zero-width space, non-joiner, joiner
        || (u >= 0x2060 && u <= 0x2064) // word joiner, invisible operators
        || u == 0xfeff // zero-width no-break space (BOM)
        || u == 0x180e // Mongolian vowel separator
        || u == 0x00ad; // soft hyphen
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isCsvSeparator(QChar c)
{
    return c == u',' || c == u';';
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
        else if (isLayoutControl(u) || isInvisible(u))
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
    if (!cell.isEmpty() && isFormulaStart(cell.front()))
        cell.prepend(u'\'');
    // Quoted whenever a spreadsheet could split the cell: a ',' or ';' (German Excel separates
    // with ';', so "x;=cmd" would become a second cell that is a formula), a TAB, a quote or a
    // line break. Inside quotes the whole cell is one text, whatever follows a separator.
    bool quote = false;
    for (const QChar c : std::as_const(cell)) {
        if (isCsvSeparator(c) || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        return u"\""_s + cell.replace(u"\""_s, u"\"\""_s) + u"\""_s;
    return cell;
}

QByteArray jsonText(const QJsonDocument &document, QJsonDocument::JsonFormat format)
{
    // QJsonDocument escapes only C0 controls; everything else it writes as UTF-8. Every
    // character it writes outside the ASCII range is inside a string, where \uXXXX means the
    // same character: the parsed value is unchanged, the bytes hold no C1 control.
    const QString text = QString::fromUtf8(document.toJson(format));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x7f || (u >= 0x80 && u <= 0x9f) || isLayoutControl(u) || isInvisible(u))
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace xynap
