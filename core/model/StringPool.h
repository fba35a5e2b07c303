#pragma once

#include <QSet>
#include <QString>

namespace xynap {

// Equal texts read from a fleet's lists made into one shared QString: 50,000 trunks name the same
// two providers, profiles, proxies and realms, and each read value is otherwise a copy of its
// own (about 15 MB of the trunk list, 10 MB of a node's gateway list). Only for fields whose
// values repeat; past `maxTexts` distinct values nothing more is pooled, so a hostile list of
// unique values costs no more than before.
class StringPool final {
public:
    explicit StringPool(qsizetype maxTexts = 4096)
        : m_maxTexts(maxTexts)
    {
    }

    void share(QString &text)
    {
        const auto pooled = m_texts.constFind(text);
        if (pooled != m_texts.cend())
            text = *pooled;
        else if (m_texts.size() < m_maxTexts)
            m_texts.insert(text);
    }

private:
    QSet<QString> m_texts;
    qsizetype m_maxTexts;
};

} // namespace xynap
