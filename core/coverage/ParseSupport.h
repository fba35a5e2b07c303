#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace xynap::coverage {

// Small text helpers shared by the parsers.
class ParseSupport final {
public:
    ParseSupport() = delete;

    // The lines of `text` (index 0 is line 1), without their "\n" or "\r\n".
    static QList<QStringView> lines(QStringView text);
    // Whitespace-separated words.
    static QList<QStringView> words(QStringView line);
    // Words as a POSIX shell splits them: '…' and "…" quote, backslash escapes outside '…', an
    // unquoted # at the start of a word begins a comment. nullopt for an unterminated quote.
    static std::optional<QStringList> shellWords(QStringView line);
    // ufw stores comments as hex of their UTF-8 bytes.
    static std::optional<QString> hexDecode(QStringView hex);
    static QString hexEncode(const QString &text);
    // A word quoted so that shellWords() reads it back unchanged.
    static QString shellQuote(const QString &word);
    // Shortens what goes into an error message: very long tokens are cut with "…".
    static QString excerpt(QStringView text);
};

} // namespace xynap::coverage
