#pragma once

#include "session/CoverageMatrixModel.h"

#include <QWidget>
#include <memory>
#include <optional>

class QTableView;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

namespace Ui {
class CoveragePage;
}

class CoverageDecorationProxy;
class RangeBar;

// "Firewall and ACL coverage": which provider ranges and trunk addresses UFW and FreeSWITCH's
// ACL let through, by which rule, and what else is open. Sources: files (user.rules,
// user6.rules, `ufw status numbered`, `ufw show added`, acl.conf.xml), pasted text, or live: UFW
// from the Platform API and the ACL over the Event Socket. Read-only: the console never changes
// a firewall, it suggests the lines to run. The form is CoveragePage.ui.
class CoveragePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePage)

public:
    using SourceKind = session::CoverageMatrixModel::SourceKind;

    explicit CoveragePage(session::PlatformSession *session, QWidget *parent = nullptr);
    ~CoveragePage() override;

    session::CoverageMatrixModel *model() const { return m_model; }
    QTableView *view() const;

    // Analyses text as UFW rules or an ACL (detected unless given); parse errors are shown.
    void loadText(const QString &text, const QString &sourceName,
        std::optional<SourceKind> kind = std::nullopt);
    // Reads files (what "Open…" does after its dialog): user.rules and user6.rules chosen together
    // are read together. False if a file cannot be read (the reason is shown).
    bool openFiles(const QStringList &paths);
    // UFW from GET /api/v1/firewall/ufw, the ACL from the first connected FreeSWITCH node
    // (`xml_locate configuration configuration name acl.conf`); emits liveLoadFinished.
    void loadLive();

    void selectCell(int row, int column);
    // Selects the cell a firewall (or, with acl, an ACL) finding is about; false if none is.
    bool showFinding(const QString &subject, bool acl);
    QString detailText() const;
    RangeBar *rangeBar() const;
    // "Suggest a fix": the copyable ufw commands and ACL nodes.
    void suggestFix();
    QString fixText() const;
    QString statusText() const;
    QString errorText() const;

Q_SIGNALS:
    void liveLoadFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFiles();
    void pasteText();
    void rebuildTargets();
    void onAnalysed();
    void updateDetail();
    void updateFindings();
    void showFinding(int row);
    void copyFix();
    void onCoverageLoaded(bool ok);
    void setStatus(const QString &text);

    std::unique_ptr<Ui::CoveragePage> m_ui;
    session::PlatformSession *m_session;
    session::CoverageMatrixModel *m_model;
    CoverageDecorationProxy *m_decoration;
    int m_row = -1;
    int m_column = -1;
    bool m_fixShown = false;
    bool m_shownOnce = false;
    bool m_liveWaiting = false; // loadLive() asked, the session has not answered yet
    bool m_showsFiles = false; // the matrix shows files or pasted text, not the platform
};

} // namespace xynap::ui
