#pragma once

#include "model/Trunk.h"

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
// Every other field stays as in `base`, the stored password (passwordSet) too.
Trunk takeFields(const Trunk &base, const Trunk &source, const QStringList &fields);

// One field that differs between their saved version and mine, with the version both started
// from: who changed it. Both: changed on both sides to different values — a true conflict; the
// other rows changed on one side only and merge by themselves.
struct FieldConflict {
    enum class ChangedBy { Theirs, Mine, Both };
    QString field;
    QString base;
    QString theirs;
    QString mine;
    ChangedBy changedBy = ChangedBy::Both;
    bool conflicts() const { return changedBy == ChangedBy::Both; }
};

// Every editable field (the password never) where theirs and mine differ, in the editable
// fields' order.
QList<FieldConflict> threeWayDiff(const Trunk &base, const Trunk &theirs, const Trunk &mine);

// The editable fields in the order operators read them.
const QStringList &editableTrunkFields();

// A field's value as text, for diffs and conflict tables.
QString fieldText(const Trunk &trunk, const QString &field);

} // namespace xynap
