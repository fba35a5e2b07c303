#include "sandbox/GatewayDirectory.h"

#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace xynap::sandbox {

namespace {
bool isGatewayPath(const QStringList &path)
{
    // path holds the element names from <document> down to <gateway>.
    static const QStringList direct {
        u"document"_s, u"section"_s, u"domain"_s, u"user"_s, u"gateways"_s, u"gateway"_s};
    static const QStringList grouped {u"document"_s, u"section"_s, u"domain"_s, u"groups"_s,
        u"group"_s, u"users"_s, u"user"_s, u"gateways"_s, u"gateway"_s};
    return path == direct || path == grouped;
}
} // namespace

GatewayDirectory parseGatewayDirectory(const QByteArray &xml)
{
    GatewayDirectory dir;
    QXmlStreamReader reader(xml);
    QStringList path;
    GatewayDefinition *current = nullptr;
    qsizetype gatewayDepth = -1;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            path.append(name);
            if (name == u"result"_s && reader.attributes().value(u"status"_s) == u"not found"_s)
                dir.notFound = true;
            if (name == u"gateway"_s && isGatewayPath(path)) {
                dir.gateways.append({reader.attributes().value(u"name"_s).toString(), {}});
                current = &dir.gateways.last();
                gatewayDepth = path.size();
            } else if (current && name == u"param"_s) {
                const auto attrs = reader.attributes();
                const bool direct = path.size() == gatewayDepth + 1;
                const bool nested
                    = path.size() == gatewayDepth + 2 && path.at(gatewayDepth) == u"params"_s;
                if (direct || nested)
                    current->params.insert(attrs.value(u"name"_s).toString().toLower(),
                        attrs.value(u"value"_s).toString());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (current && path.size() == gatewayDepth) {
                current = nullptr;
                gatewayDepth = -1;
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (reader.hasError())
        dir.error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
    return dir;
}

} // namespace xynap::sandbox
