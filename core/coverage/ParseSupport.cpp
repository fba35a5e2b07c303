#include "coverage/ParseSupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

QList<QStringView> ParseSupport::lines(QStringView text)
{
    QList<QStringView> out = text.split(u'\n');
    for (QStringView &line : out) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return out;
}

QList<QStringView> ParseSupport::words(QStringView line)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || line.at(i).isSpace();
        if (space && start >= 0) {
            out.append(line.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

std::optional<QStringList> ParseSupport::shellWords(QStringView line)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()
                && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                current += line.at(++i);
            } else {
                current += c;
            }
        } else if (c == u'#' && !inWord) {
            break; // an unquoted # at the start of a word begins a comment
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out.append(current);
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inWord)
        out.append(current);
    return out;
}

std::optional<QString> ParseSupport::hexDecode(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    for (const QChar c : hex) {
        const bool ok
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!ok)
            return std::nullopt;
    }
    return QString::fromUtf8(QByteArray::fromHex(hex.toLatin1()));
}

QString ParseSupport::hexEncode(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toHex());
}

QString ParseSupport::shellQuote(const QString &word)
{
    const bool plain = !word.isEmpty() && std::none_of(word.begin(), word.end(), [](QChar c) {
        return c.isSpace() || c == u'\'' || c == u'"' || c == u'\\' || c == u'#';
    });
    if (plain)
        return word;
    if (!word.contains(u'\''))
        return u'\'' + word + u'\'';
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString ParseSupport::excerpt(QStringView text)
{
    constexpr qsizetype kMax = 60;
    if (text.size() <= kMax)
        return text.toString();
    return text.left(kMax).toString() + u'…';
}

} // namespace xynap::coverage
