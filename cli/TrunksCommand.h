#pragma once

#include "cli/Command.h"

namespace xynap::cli {

// `xynapctl trunks list | get ID | export | apply FILE`.
//   export: every trunk with its ETag.
//   apply: the whole file is checked first (shape, every field, known keys) and nothing is sent
//   if any trunk is wrong; unchanged trunks are skipped (their ETags stay); a trunk changed on
//   the platform since the export is refused, nothing overwritten; the first connection failure
//   stops the run (the rest is not sent); after a timeout the trunk is read again to say what
//   really happened. Ends with a summary of exactly which trunks changed; exits with the worst
//   outcome.
class TrunksCommand final : public Command {
    Q_OBJECT

public:
    TrunksCommand(Target target, Io io, QStringList args, bool json, QObject *parent = nullptr);

protected:
    void start() override;

private:
    void list(const platform::ApiResult &r);
    void get(const platform::ApiResult &r);
    void loadApplyFile();
    void compareWithPlatform(const platform::ApiResult &current);
    void applyNext();
    void confirmAfterTimeout(const QString &name, int id, int versionBefore, const QString &what);
    void summarize();
    struct Pending {
        int id = 0;
        QString name;
        QByteArray etag;
        QJsonObject body; // what is PUT
    };
    QStringList m_args;
    bool m_json;
    platform::ApiClient *m_client = nullptr;
    QList<Pending> m_fromFile;
    QList<Pending> m_toApply;
    QHash<int, int> m_versionBefore; // trunk id -> version on the platform before the PUT
    QString m_path;
    int m_code = Ok;
    QStringList m_applied;
    QStringList m_unchanged;
    QStringList m_refused;
    QStringList m_notSent;
};

} // namespace xynap::cli
