#pragma once

#include "model/ProviderSpec.h"
#include "model/Trunk.h"
#include "sandbox/Fernet.h"
#include "sandbox/Scenario.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace xynap::sandbox {

struct ApiTokens {
    QString operatorToken;
    QString readonlyToken;
};

// The Platform API as resources/api/platform-api.yaml describes it: trunks with ETags and
// If-Match, profiles, bearer tokens with permissions, Fernet-encrypted passwords, and the
// mod_xml_curl endpoint FreeSWITCH loads its gateways from.
class ApiServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    static constexpr qsizetype MaxBody = qsizetype(1024) * 1024;

    ApiServer(const Scenario &scenario, ProviderCatalog catalog, const ApiTokens &tokens,
        QObject *parent = nullptr);

    // HTTP Basic credentials ("user:pass") mod_xml_curl must send; empty: loopback only.
    void setXmlCurlCredentials(const QString &userColonPassword)
    {
        m_xmlCurlCredentials = userColonPassword;
    }

    // ETags as many real APIs make them: a hash that tells nothing about the trunk's id or
    // version (the default is "<id>-<version>"). A client must send back what it was given.
    void setOpaqueEtags(bool opaque) { m_opaqueEtags = opaque; }
    // The ETag of a stored trunk, as the API sends it.
    QByteArray etagOf(const Trunk &trunk) const;

    QList<Trunk> trunks() const { return m_trunks.values(); }
    // The stored (encrypted) password of a trunk, as the database holds it.
    QByteArray encryptedPassword(int id) const { return m_passwords.value(id); }
    // The directory document the xml-curl endpoint serves to `profile`.
    QByteArray gatewayDocument(const QString &profile) const;

Q_SIGNALS:
    // A trunk was created, changed or deleted on these profiles (the platform then asks
    // FreeSWITCH for a Sofia rescan).
    void trunksChanged(const QStringList &profiles);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Caller {
        QString name;
        QStringList permissions;
    };

    Response route(const QHttpServerRequest &request);
    Response trunkCollection(const QHttpServerRequest &request, const Caller &caller);
    Response trunkItem(const QHttpServerRequest &request, const Caller &caller, int id);
    Response xmlCurl(const QHttpServerRequest &request);
    std::optional<Caller> authenticate(const QHttpServerRequest &request) const;
    QList<FieldError> validate(const Trunk &trunk) const;
    QJsonObject trunkJson(const Trunk &trunk) const;
    static QString gatewayXml(const Trunk &trunk, const QString &password);
    void storePassword(Trunk &trunk, const QString &plain);

    static Response json(int status, const QJsonObject &body);
    static Response error(int status, const QString &code, const QString &message,
        const QList<FieldError> &fields = {});

    Scenario m_scenario;
    ProviderCatalog m_catalog;
    ApiTokens m_tokens;
    QString m_xmlCurlCredentials;
    Fernet m_fernet;
    QMap<int, Trunk> m_trunks;
    QHash<int, QByteArray> m_passwords; // Fernet tokens
    int m_nextId = 1;
    bool m_opaqueEtags = false;
};

} // namespace xynap::sandbox
