#include "coverage/AclParser.h"

#include "coverage/ParseSupport.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

std::optional<QString> attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.qualifiedName() == name)
            return a.value().toString();
    }
    return std::nullopt;
}

// switch_true(): what FreeSWITCH reads as "allow" in default= and type=.
std::optional<AclPolicy> policyFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"allow" || t == u"yes" || t == u"true" || t == u"on" || t == u"enabled"
        || t == u"active" || t == u"t")
        return AclPolicy::Allow;
    if (t == u"deny" || t == u"no" || t == u"false" || t == u"off" || t == u"disabled")
        return AclPolicy::Deny;
    return std::nullopt;
}

bool readPort(const QString &text, int *port)
{
    bool ok = false;
    *port = text.trimmed().toInt(&ok);
    return ok && *port >= 1 && *port <= 65535;
}

class Reader {
public:
    explicit Reader(AclParseResult &result)
        : m_result(result)
    {
    }

    void fail(qint64 line, const QString &message)
    {
        m_result.errors.append({int(line), message, {}});
    }

    void readList(const QXmlStreamAttributes &attributes, qint64 line)
    {
        AclList list;
        list.line = int(line);
        list.name = attribute(attributes, u"name").value_or(QString()).trimmed();
        if (list.name.isEmpty())
            fail(line,
                QCoreApplication::translate(
                    "xynap::coverage", "list without a name (FreeSWITCH skips it)"));
        if (const std::optional<QString> dft = attribute(attributes, u"default")) {
            const std::optional<AclPolicy> policy = policyFrom(*dft);
            if (!policy) {
                fail(line,
                    QCoreApplication::translate(
                        "xynap::coverage", "unknown default '%1' (FreeSWITCH treats it as deny)")
                        .arg(ParseSupport::excerpt(*dft)));
            }
            list.defaultPolicy = policy.value_or(AclPolicy::Deny);
        }
        if (!list.name.isEmpty()) {
            for (const AclList &other : std::as_const(m_result.lists)) {
                if (other.name == list.name) {
                    fail(line,
                        QCoreApplication::translate("xynap::coverage",
                            "list '%1' is defined twice; FreeSWITCH uses the last one")
                            .arg(ParseSupport::excerpt(list.name)));
                    break;
                }
            }
        }
        m_result.lists.append(list);
        m_inList = true;
    }

    void readNode(const QXmlStreamAttributes &attributes, qint64 line)
    {
        if (!m_inList || m_result.lists.isEmpty())
            return;
        AclList &list = m_result.lists.last();
        AclNode node;
        node.line = int(line);
        node.type = list.effectiveDefault();
        if (const std::optional<QString> type = attribute(attributes, u"type")) {
            const std::optional<AclPolicy> policy = policyFrom(*type);
            if (!policy) {
                fail(line,
                    QCoreApplication::translate("xynap::coverage", "unknown node type '%1'")
                        .arg(ParseSupport::excerpt(*type)));
                return;
            }
            node.type = *policy;
        }

        // Ports restrict the peer's source port.
        const std::optional<QString> port = attribute(attributes, u"port");
        const std::optional<QString> ports = attribute(attributes, u"ports");
        const std::optional<QString> portMin = attribute(attributes, u"port-min");
        const std::optional<QString> portMax = attribute(attributes, u"port-max");
        QList<PortRange> portRanges;
        auto badPort = [&](const QString &text) {
            fail(line,
                QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                    .arg(ParseSupport::excerpt(text)));
        };
        if (port) {
            int p = 0;
            if (!readPort(*port, &p))
                return badPort(*port);
            portRanges.append({p, p});
        }
        if (ports) {
            for (const QString &part : ports->split(u',')) {
                int p = 0;
                if (!readPort(part, &p))
                    return badPort(*ports);
                portRanges.append({p, p});
            }
        }
        if (portMin || portMax) {
            int first = 0;
            int last = 0;
            if (!portMin || !readPort(*portMin, &first))
                return badPort(portMin.value_or(QString()));
            if (!portMax || !readPort(*portMax, &last))
                return badPort(portMax.value_or(QString()));
            if (first > last)
                return badPort(*portMin + u'-' + *portMax);
            portRanges.append({first, last});
        }
        if (!portRanges.isEmpty())
            node.ports = PortSet::fromRanges(portRanges);

        const std::optional<QString> cidr = attribute(attributes, u"cidr");
        const std::optional<QString> host = attribute(attributes, u"host");
        const std::optional<QString> mask = attribute(attributes, u"mask");
        const std::optional<QString> domain = attribute(attributes, u"domain");
        bool added = false;
        if (domain) {
            AclNode d = node;
            d.domain = *domain;
            d.written = *domain;
            list.nodes.append(d);
            added = true;
        }
        if (cidr) {
            for (const QString &part : cidr->split(u',')) {
                const QString block = part.trimmed();
                // FreeSWITCH's switch_parse_cidr() insists on the prefix length.
                const std::optional<Subnet> subnet
                    = block.contains(u'/') ? Cidr::parse(block) : std::nullopt;
                if (!subnet || block.contains(u'[')) {
                    fail(line,
                        QCoreApplication::translate("xynap::coverage", "invalid CIDR '%1'")
                            .arg(ParseSupport::excerpt(block)));
                    continue;
                }
                AclNode c = node;
                c.subnet = subnet;
                c.written = block;
                list.nodes.append(c);
            }
            added = true;
        } else if (host || mask) {
            if (!host || !mask) {
                fail(line,
                    QCoreApplication::translate(
                        "xynap::coverage", "host and mask must be given together"));
                return;
            }
            const std::optional<Subnet> subnet = Cidr::parseHostMask(*host, *mask);
            if (!subnet) {
                fail(line,
                    QCoreApplication::translate("xynap::coverage", "invalid host/mask '%1/%2'")
                        .arg(ParseSupport::excerpt(*host), ParseSupport::excerpt(*mask)));
                return;
            }
            AclNode h = node;
            h.subnet = subnet;
            h.written = *host + u'/' + *mask;
            list.nodes.append(h);
            added = true;
        }
        if (!added)
            fail(line,
                QCoreApplication::translate(
                    "xynap::coverage", "node without cidr, host/mask or domain"));
    }

    bool m_inList = false;

private:
    AclParseResult &m_result;
};

} // namespace

AclParseResult AclParser::parse(QStringView xml)
{
    AclParseResult result;
    // Lines are counted at "\n" (as every parser here does); the XML reader would also break
    // at a lone "\r", which XML treats as white space anyway.
    QString text = xml.toString();
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u' ');
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.startsWith(u"-ERR") || trimmed.startsWith(u"-USAGE")) {
        result.errors.append({1,
            QCoreApplication::translate("xynap::coverage", "FreeSWITCH answered '%1'")
                .arg(ParseSupport::excerpt(ParseSupport::lines(trimmed).first())),
            {}});
        return result;
    }

    Reader reader(result);
    QXmlStreamReader xmlReader(text);
    int aclDepth = 0; // > 0 inside <configuration name="acl.conf">
    int listsDepth = 0; // > 0 inside <network-lists>
    int depth = 0;
    bool sawConfiguration = false;
    bool sawLists = false;
    while (!xmlReader.atEnd()) {
        const QXmlStreamReader::TokenType token = xmlReader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = xmlReader.name();
            const QXmlStreamAttributes attributes = xmlReader.attributes();
            if (name == u"configuration") {
                if (attribute(attributes, u"name").value_or(QString()) == u"acl.conf") {
                    aclDepth = depth;
                    sawConfiguration = true;
                }
            } else if (name == u"network-lists" && listsDepth == 0) {
                // Either inside acl.conf, or a bare <network-lists> fragment.
                if (aclDepth > 0 || !sawConfiguration) {
                    listsDepth = depth;
                    sawLists = true;
                }
            } else if (name == u"list" && listsDepth > 0 && depth == listsDepth + 1) {
                reader.readList(attributes, xmlReader.lineNumber());
            } else if (name == u"node" && listsDepth > 0 && depth == listsDepth + 2) {
                reader.readNode(attributes, xmlReader.lineNumber());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == listsDepth + 1)
                reader.m_inList = false;
            if (depth == listsDepth)
                listsDepth = 0;
            if (depth == aclDepth)
                aclDepth = 0;
            --depth;
        }
    }
    if (xmlReader.hasError()) {
        result.errors.append({int(std::max<qint64>(1, xmlReader.lineNumber())),
            QCoreApplication::translate("xynap::coverage", "invalid XML: %1")
                .arg(xmlReader.errorString()),
            {}});
    } else if (!sawLists) {
        result.errors.append({1,
            QCoreApplication::translate("xynap::coverage", "no acl.conf network lists found"), {}});
    }
    return result;
}

} // namespace xynap::coverage
