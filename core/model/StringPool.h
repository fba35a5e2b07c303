#pragma once

#include <QSet>
#include <QString>

namespace xynap {

// Equal texts made into one shared QString: 50,000 trunks name the same two providers,
// profiles, proxies and realms, and 50,000 healthy gateways have the same diagnosis; each read
// or made value is otherwise a copy of its own (about 15 MB of a trunk list, 10 MB of a node's
// gateway list, 8 MB of a fleet's diagnoses). Only for values that repeat. A full pool starts
// anew (the texts it handed out stay shared where they are): a long-running console keeps
// pooling what is said today, and a hostile list of unique values costs no more than
// `maxTexts` texts beside it.
class StringPool final {
public:
    explicit StringPool(qsizetype maxTexts = 4096)
        : m_maxTexts(maxTexts)
    {
    }

    void share(QString &text)
    {
        const auto pooled = m_texts.constFind(text);
        if (pooled != m_texts.cend()) {
            text = *pooled;
            return;
        }
        if (m_texts.size() >= m_maxTexts)
            m_texts.clear();
        m_texts.insert(text);
    }

private:
    QSet<QString> m_texts;
    qsizetype m_maxTexts;
};

} // namespace xynap
