#pragma once

#include "model/Trunk.h"
#include "platform/ApiClient.h"

#include <QObject>

namespace xynap::session {

// One trunk being edited: the stored version and its ETag, the operator's draft, and saving
// with If-Match. Nothing is lost: a failed save, a conflict or an outage leaves the draft as
// it was until the operator saves or discards it.
class TrunkEditSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunkEditSession)

public:
    TrunkEditSession(platform::ApiClient *api, QObject *parent = nullptr);

    void begin(const Trunk &stored, const QByteArray &etag);
    void beginNew(const Trunk &templateTrunk);
    bool isNew() const { return m_isNew; }
    const Trunk &stored() const { return m_stored; }
    QByteArray etag() const { return m_etag; }
    const Trunk &draft() const { return m_draft; }
    void setDraft(const Trunk &draft);
    bool isDirty() const;
    bool isBusy() const { return m_busy; }

    // What the PUT/POST body will be: every editable field, the password only when a new one
    // was typed.
    QJsonObject requestBody() const;

    void save();
    // What a save would change, in the editor's words, for the activity log.
    QString changeSummary() const;
    void remove();
    // After a conflict: continue from the merged trunk against their version.
    void resolveConflict(const Trunk &merged, const Trunk &theirs, const QByteArray &theirEtag);
    // Asks the API for the gateway XML FreeSWITCH would receive for the draft.
    void requestPreview();

Q_SIGNALS:
    void draftChanged();
    void saved(const xynap::Trunk &trunk);
    void removed();
    void conflict(const xynap::Trunk &theirs, const QByteArray &theirEtag);
    void rejected(const QList<xynap::FieldError> &fields, const QString &message);
    void failed(const QString &message);
    void previewReady(const QString &xml);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    // A PUT whose answer never came (the connection dropped, a timeout): the platform may hold
    // it anyway. Reads the trunk again and says what it holds; the PUT is never repeated.
    void confirmUnansweredSave();

    platform::ApiClient *m_api;
    Trunk m_stored;
    Trunk m_template; // what a new trunk opened with
    Trunk m_draft;
    QByteArray m_etag;
    bool m_isNew = false;
    bool m_busy = false;
};

} // namespace xynap::session
