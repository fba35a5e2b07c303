#pragma once

#include "Trunk.h"

#include <QStringList>

namespace xynap {

struct FieldChange {
    QString field; // JSON name
    QString before;
    QString after;
};

// Field-by-field differences, in the contract's field order; the password never appears, only
// whether a new one is set.
QList<FieldChange> diffTrunks(const Trunk &before, const Trunk &after);

// `base` with the listed fields taken from `source` (the conflict dialog's per-field choice).
Trunk takeFields(const Trunk &base, const Trunk &source, const QStringList &fields);

// The editable fields in the order operators read them.
const QStringList &editableTrunkFields();

// A field's value as text, for diffs and conflict tables.
QString fieldText(const Trunk &trunk, const QString &field);

} // namespace xynap
