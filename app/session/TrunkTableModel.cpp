#include "TrunkTableModel.h"

#include <QStringList>

namespace xynap::session {

TrunkTableModel::TrunkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrunkTableModel::setTrunks(const QList<Trunk> &trunks)
{
    beginResetModel();
    m_trunks = trunks;
    endResetModel();
}

void TrunkTableModel::setFindings(const QList<lint::Finding> &findings)
{
    m_findings.clear();
    for (const lint::Finding &f : findings) {
        if (f.trunkId != 0) {
            m_findings[f.trunkId].append(f);
            continue;
        }
        // The firewall or the ACL blocks the provider's range: every trunk of it is affected.
        for (const Trunk &t : std::as_const(m_trunks))
            if (!f.provider.isEmpty() && t.provider.compare(f.provider, Qt::CaseInsensitive) == 0)
                m_findings[t.id].append(f);
    }
    if (!m_trunks.isEmpty())
        Q_EMIT dataChanged(index(0, Checks), index(rowCount() - 1, Checks));
}

int TrunkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trunks.size());
}

int TrunkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrunkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trunk &t = m_trunks.at(index.row());
    if (role == TrunkIdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.gatewayName;
    case Provider:
        return t.provider;
    case Profile:
        return t.profile;
    case Register:
        if (role == SortRole)
            return t.registerEnabled;
        return t.registerEnabled ? tr("REGISTER") : tr("IP authentication");
    case Proxy:
        return t.proxy;
    case OutboundProxy:
        return t.outboundProxy;
    case Realm:
        return t.realm;
    case Checks: {
        const QList<lint::Finding> list = m_findings.value(t.id);
        int errors = 0;
        int warnings = 0;
        QStringList lines;
        for (const lint::Finding &f : list) {
            errors += f.severity == lint::Severity::Error;
            warnings += f.severity == lint::Severity::Warning;
            lines.append(f.ruleId + QStringLiteral(": ") + f.message);
        }
        if (role == SortRole)
            return errors * 1000 + warnings;
        if (role == Qt::ToolTipRole)
            return lines.isEmpty() ? tr("No problems found.") : lines.join(QLatin1Char('\n'));
        if (errors > 0)
            return tr("✖ %n error(s)", nullptr, errors);
        if (warnings > 0)
            return tr("▲ %n warning(s)", nullptr, warnings);
        return tr("✔ OK");
    }
    case Numbers: {
        QStringList numbers;
        for (const TrunkNumber &n : t.numbers)
            numbers.append(role == Qt::ToolTipRole && !n.use.isEmpty()
                    ? n.number + QStringLiteral(" (") + n.use + u')'
                    : n.number);
        return numbers.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant TrunkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Gateway");
    case Provider:
        return tr("Provider");
    case Profile:
        return tr("Profile");
    case Register:
        return tr("Authentication");
    case Proxy:
        return tr("Proxy");
    case OutboundProxy:
        return tr("Outbound proxy");
    case Realm:
        return tr("Realm");
    case Numbers:
        return tr("Numbers");
    case Checks:
        return tr("Checks");
    default:
        return {};
    }
}

} // namespace xynap::session
