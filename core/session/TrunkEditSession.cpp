#include "session/TrunkEditSession.h"

#include "model/FieldLabels.h"
#include "model/TrunkDiff.h"
#include "platform/PlatformApi.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace xynap::session {

TrunkEditSession::TrunkEditSession(platform::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void TrunkEditSession::begin(const Trunk &stored, const QByteArray &etag)
{
    m_stored = stored;
    m_stored.password.clear();
    m_draft = m_stored;
    m_etag = etag;
    m_isNew = false;
    Q_EMIT draftChanged();
}

void TrunkEditSession::beginNew(const Trunk &templateTrunk)
{
    m_stored = Trunk {};
    m_stored.id = 0;
    m_draft = templateTrunk;
    m_draft.id = 0;
    m_template = m_draft;
    m_etag.clear();
    m_isNew = true;
    Q_EMIT draftChanged();
}

void TrunkEditSession::setDraft(const Trunk &draft)
{
    if (draft == m_draft)
        return;
    m_draft = draft;
    m_draft.id = m_stored.id;
    Q_EMIT draftChanged();
}

bool TrunkEditSession::isDirty() const
{
    // A new trunk is dirty once it differs from the template it opened with: nothing typed,
    // nothing to discard.
    return !diffTrunks(m_isNew ? m_template : m_stored, m_draft).isEmpty();
}

QJsonObject TrunkEditSession::requestBody() const
{
    QJsonObject body = trunkToJson(
        m_draft, m_draft.password.isEmpty() ? PasswordOutput::Omit : PasswordOutput::Include);
    body.remove(u"id"_s);
    body.remove(u"version"_s);
    body.remove(u"password_set"_s);
    body.remove(u"updated_by"_s);
    body.remove(u"updated_at"_s);
    return body;
}

void TrunkEditSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QString TrunkEditSession::changeSummary() const
{
    if (m_isNew)
        return tr("New trunk");
    // The fields as the editor names them, old → new; the password only as "changed".
    QStringList parts;
    for (const FieldChange &c : diffTrunks(m_stored, m_draft)) {
        if (c.field == u"password"_s)
            parts.append(tr("%1 changed").arg(trunkFieldLabel(c.field)));
        else
            parts.append(u"%1: %2 → %3"_s.arg(trunkFieldLabel(c.field), c.before, c.after));
    }
    return parts.isEmpty() ? tr("No field changed") : parts.join(u"; "_s);
}

void TrunkEditSession::save()
{
    if (m_busy)
        return;
    setBusy(true);
    platform::ApiJob *job = m_isNew
        ? platform::PlatformApi(m_api).createTrunk(QJsonDocument(requestBody()))
        : platform::PlatformApi(m_api).updateTrunk(
            m_stored.id, QJsonDocument(requestBody()), m_etag);
    job->describe(m_draft.gatewayName, changeSummary());
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &r) {
        setBusy(false);
        if (r.ok()) {
            const TrunkParseResult parsed = trunkFromJson(r.json.object());
            if (!parsed.ok()) {
                Q_EMIT failed(tr("Saved, but the Platform API's answer cannot be read: %1")
                                  .arg(parsed.errors.first().message));
                return;
            }
            m_stored = parsed.trunk;
            m_draft = m_stored;
            m_etag = r.etag;
            m_isNew = false;
            Q_EMIT draftChanged();
            Q_EMIT saved(m_stored);
            return;
        }
        if (r.error == platform::ApiError::Conflict) {
            const TrunkParseResult theirs
                = trunkFromJson(r.json.object().value(u"current"_s).toObject());
            Q_EMIT conflict(theirs.trunk, r.etag);
            return;
        }
        if (r.error == platform::ApiError::Invalid) {
            Q_EMIT rejected(r.fields, platform::operatorMessage(r));
            return;
        }
        if (!m_isNew && platform::outcomeUnknown(r)) {
            confirmUnansweredSave();
            return;
        }
        Q_EMIT failed(platform::operatorMessage(r));
    });
}

void TrunkEditSession::confirmUnansweredSave()
{
    setBusy(true);
    const int versionBefore = m_stored.version;
    connect(platform::PlatformApi(m_api).trunk(m_stored.id), &platform::ApiJob::finished, this,
        [this, versionBefore](const platform::ApiResult &r) {
            setBusy(false);
            const TrunkParseResult held
                = r.ok() ? trunkFromJson(r.json.object()) : TrunkParseResult {};
            if (!r.ok() || !held.ok()) {
                Q_EMIT failed(
                    tr("The answer to the save never came, and the trunk cannot be "
                       "read again (%1): it is not known whether the platform saved "
                       "it. Your draft is kept.")
                        .arg(r.ok() ? held.errors.value(0).message : platform::operatorMessage(r)));
                return;
            }
            if (held.trunk.version <= versionBefore) {
                Q_EMIT failed(tr("The answer to the save never came; the platform still holds "
                                 "version %1: not saved. Your draft is kept.")
                                  .arg(versionBefore));
                return;
            }
            bool mine = true;
            for (const QString &field : editableTrunkFields())
                if (field != u"password"_s
                    && fieldText(held.trunk, field) != fieldText(m_draft, field))
                    mine = false;
            if (!mine) {
                Q_EMIT failed(tr("The answer to the save never came; the platform now holds "
                                 "version %1, which is not your draft. Your draft is kept: "
                                 "review and save again.")
                                  .arg(held.trunk.version));
                return;
            }
            m_stored = held.trunk;
            m_stored.password.clear();
            m_draft = m_stored;
            m_etag = r.etag;
            m_isNew = false;
            Q_EMIT draftChanged();
            Q_EMIT saved(m_stored);
        });
}

void TrunkEditSession::remove()
{
    if (m_busy || m_isNew)
        return;
    setBusy(true);
    platform::ApiJob *job = platform::PlatformApi(m_api).deleteTrunk(m_stored.id, m_etag);
    job->describe(m_stored.gatewayName, tr("Delete the trunk"));
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &r) {
        setBusy(false);
        if (r.ok()) {
            Q_EMIT removed();
        } else if (r.error == platform::ApiError::Conflict) {
            Q_EMIT conflict(
                trunkFromJson(r.json.object().value(u"current"_s).toObject()).trunk, r.etag);
        } else {
            Q_EMIT failed(platform::operatorMessage(r));
        }
    });
}

void TrunkEditSession::resolveConflict(
    const Trunk &merged, const Trunk &theirs, const QByteArray &theirEtag)
{
    m_stored = theirs;
    m_stored.password.clear();
    m_etag = theirEtag;
    setDraft(merged);
    Q_EMIT draftChanged();
}

void TrunkEditSession::requestPreview()
{
    QJsonObject body = requestBody();
    body.insert(u"id"_s, m_draft.id);
    platform::ApiJob *job = platform::PlatformApi(m_api).previewTrunk(QJsonDocument(body));
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &r) {
        if (!r.ok()) {
            Q_EMIT previewReady(
                tr("(The gateway XML could not be fetched: %1)").arg(platform::operatorMessage(r)));
            return;
        }
        Q_EMIT previewReady(r.json.object().value(u"xml"_s).toString());
    });
}

} // namespace xynap::session
