#include "ui/common/Mnemonics.h"

#include <QHash>
#include <functional>

namespace xynap::ui {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

namespace {
// Positions of the letters of `text` that may carry an Alt+letter, a word's start first, each
// letter once; "&&" (a literal '&') is skipped.
QList<qsizetype> candidates(const QString &text)
{
    QList<qsizetype> starts;
    QList<qsizetype> others;
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&') { // "&&": a literal '&', not a letter
            ++i;
            wordStart = true;
            continue;
        }
        // Plain ASCII letters and digits: every keyboard layout types them with Alt.
        const bool usable = c.unicode() < 128 && c.isLetterOrNumber();
        if (usable)
            (wordStart ? starts : others).append(i);
        wordStart = !c.isLetterOrNumber();
    }
    QList<qsizetype> all;
    QSet<QChar> seen;
    for (const qsizetype i : starts + others) {
        const QChar c = text.at(i).toLower();
        if (!seen.contains(c)) {
            seen.insert(c);
            all.append(i);
        }
    }
    return all;
}
} // namespace

QString withMnemonic(const QString &text, QSet<QChar> &used)
{
    return withMnemonics({text}, used).constFirst();
}

QStringList withMnemonics(const QStringList &texts, QSet<QChar> &used)
{
    const qsizetype n = texts.size();
    QList<QList<qsizetype>> options(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (const QChar own = mnemonicOf(texts.at(i)); !own.isNull())
            used.insert(own);
        else
            options[i] = candidates(texts.at(i));
    }
    // Kuhn's augmenting paths: a text takes a free letter, or one whose holder can move on.
    QHash<QChar, qsizetype> holder;
    QList<qsizetype> chosen(n, -1); // the position in the text, -1: none
    QSet<QChar> visited;
    std::function<bool(qsizetype)> take = [&](qsizetype i) {
        for (const qsizetype at : std::as_const(options.at(i))) {
            const QChar c = texts.at(i).at(at).toLower();
            if (used.contains(c) || visited.contains(c))
                continue;
            visited.insert(c);
            const auto it = holder.constFind(c);
            if (it == holder.cend() || take(it.value())) {
                holder.insert(c, i);
                chosen[i] = at;
                return true;
            }
        }
        return false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        visited.clear();
        if (!options.at(i).isEmpty())
            take(i);
    }
    QStringList marked = texts;
    for (qsizetype i = 0; i < n; ++i) {
        if (chosen.at(i) < 0)
            continue;
        used.insert(texts.at(i).at(chosen.at(i)).toLower());
        marked[i].insert(chosen.at(i), u'&');
    }
    return marked;
}

} // namespace xynap::ui
