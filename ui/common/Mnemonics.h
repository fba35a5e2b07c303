#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace xynap::ui {

// Alt+letters for texts that have none (labels built from the one table of field names, quick
// fixes the checks offer), in any language: the first free letter that starts a word, else any
// free letter of the text. Never one that another control of the window holds.

// The Alt+letter a text holds ('&' before it; "&&" is a literal '&'), lower case; null if none.
QChar mnemonicOf(const QString &text);
// `text` with '&' before a letter not in `used`, which gains it; unchanged if it holds one
// already (then `used` gains that) or no letter is free. A literal '&' must be "&&" already.
QString withMnemonic(const QString &text, QSet<QChar> &used);
// Alt+letters for several texts of one window at once: as many as the free letters allow (a
// maximum matching of texts to letters), each text preferring a letter that starts a word.
// Texts holding one keep it; `used` gains every letter given.
QStringList withMnemonics(const QStringList &texts, QSet<QChar> &used);
// A plain text (no mnemonic, a literal '&' as itself) written for a label or button.
inline QString escapedForMnemonic(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace xynap::ui
