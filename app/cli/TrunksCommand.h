#pragma once

#include "Command.h"

namespace xynap::cli {

// `xynapctl trunks list | get ID | export | apply FILE`.
//   export: every trunk with its ETag; apply: PUT each trunk of an export with If-Match, a trunk
//   changed on the platform since the export is refused (nothing overwritten).
class TrunksCommand final : public Command {
    Q_OBJECT

public:
    TrunksCommand(Target target, Io io, QStringList args, bool json, QObject *parent = nullptr);

protected:
    void start() override;

private:
    void list(const platform::ApiResult &r);
    void get(const platform::ApiResult &r);
    void applyNext();
    QStringList m_args;
    bool m_json;
    platform::ApiClient *m_client = nullptr;
    QList<QJsonObject> m_toApply;
    QString m_path;
    int m_code = Ok;
};

} // namespace xynap::cli
