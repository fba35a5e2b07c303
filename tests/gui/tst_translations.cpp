// German that works: with the German catalog (and Qt's own) installed, every lint message, why
// and fix label, the file errors and Qt's standard buttons come out German, and no text the
// console asks for is missing from the catalog under the context it asks in (the mistake this
// test was written for: lupdate filed the lint rules' texts under their classes while the rules
// asked in "xynap::lint").
#include "TestData.h"
#include "coverage/AclParser.h"
#include "coverage/UfwParser.h"
#include "lint/LintEngine.h"
#include "model/FileRead.h"
#include "sandbox/Sandbox.h"
#include "sandbox/Scenario.h"
#include "ui/common/Translations.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::testsupport::trunkNamed;

namespace {

// Answers from the German catalog and notes every console text it has no translation for.
class RecordingTranslator final : public QTranslator {
public:
    bool loadGerman() { return m_german.load(u"xynap_de"_s, u":/i18n"_s); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        const QString t = m_german.translate(context, sourceText, disambiguation, n);
        const QByteArray ctx(context ? context : "");
        if (t.isEmpty() && (ctx.startsWith("xynap") || ctx == "main"))
            m_misses.insert(QString::fromUtf8(ctx + " / " + sourceText));
        return t;
    }
    bool isEmpty() const override { return false; }
    QStringList misses() const
    {
        QStringList l(m_misses.begin(), m_misses.end());
        l.sort();
        return l;
    }

private:
    QTranslator m_german;
    mutable QSet<QString> m_misses;
};

lint::Snapshot snapshotOf(const sandbox::Scenario &s)
{
    lint::Snapshot snapshot;
    snapshot.catalog = ProviderCatalog::builtIn();
    snapshot.trunks = s.trunks;
    snapshot.profiles = s.profiles;
    coverage::UfwParseResult ufw = coverage::UfwParser::parse(s.ufwRules.join(u'\n'));
    ufw.ipv6Enabled = s.ufwIpv6;
    snapshot.ufw = coverage::UfwConfiguration::from(ufw);
    snapshot.acl
        = coverage::AclParser::parse(QString::fromUtf8(sandbox::aclConfigurationXml(s.acl))).lists;
    return snapshot;
}

// Every scenario, and the production setup broken in the ways the rules look for.
QList<lint::Snapshot> brokenSnapshots()
{
    QList<lint::Snapshot> out;
    for (const QString &name : sandbox::builtInScenarioNames()) {
        const sandbox::ScenarioLoad load = sandbox::scenarioFromFile(name);
        if (load.ok())
            out.append(snapshotOf(load.scenario));
    }
    sandbox::Scenario s = sandbox::Scenario::builtIn();
    if (Trunk *t = &trunkNamed(s, u"1und1"_s)) {
        t->realm = u"sip.1und1.com"_s;
        t->username.clear();
        t->pingSeconds = 2;
        t->outboundProxy = u"2001:8d8:104:100:212:227:124:129"_s;
        t->numbers.append({u"03455 123"_s, u"old"_s});
        t->callerId = u"+4930111"_s;
    }
    if (Trunk *t = &trunkNamed(s, u"plusnet"_s)) {
        t->outboundProxy.clear();
        t->registerEnabled = true;
        t->gatewayName = u"plus net"_s;
        t->profile = u"internal"_s;
    }
    Trunk twin = s.trunks.constFirst();
    twin.id = 99;
    twin.profile = u"external-ipv4"_s;
    s.trunks.append(twin);
    Trunk empty;
    empty.id = 100;
    empty.provider = u"plusnet"_s;
    empty.gatewayName = u"empty"_s;
    empty.profile = u"external-ipv4"_s;
    empty.proxy = u"host:99999"_s;
    s.trunks.append(empty);
    out.append(snapshotOf(s));
    return out;
}

QList<lint::Finding> lintAll()
{
    QList<lint::Finding> all;
    for (const lint::Snapshot &s : brokenSnapshots())
        all += lint::LintEngine().run(s);
    return all;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lintTextsComeOutGerman()
    {
        const QList<lint::Finding> english = lintAll(); // no catalog installed: the source texts
        RecordingTranslator german;
        QVERIFY(german.loadGerman());
        QCoreApplication::installTranslator(&german);
        const QList<lint::Finding> translated = lintAll();
        QCoreApplication::removeTranslator(&german);

        QCOMPARE(translated.size(), english.size());
        QSet<QString> rules;
        int fixes = 0;
        for (qsizetype i = 0; i < english.size(); ++i) {
            const lint::Finding &en = english.at(i);
            const lint::Finding &de = translated.at(i);
            QCOMPARE(de.ruleId, en.ruleId);
            rules.insert(en.ruleId);
            const QByteArray where = en.ruleId.toUtf8() + ": " + en.message.toUtf8();
            QVERIFY2(!de.message.isEmpty() && de.message != en.message, where.constData());
            QVERIFY2(!de.why.isEmpty() && de.why != en.why, where.constData());
            if (!en.fixLabel.isEmpty()) {
                ++fixes;
                QVERIFY2(de.fixLabel != en.fixLabel, qPrintable(en.fixLabel));
            }
        }
        // The data above reaches most rules, and their fixes; a rule dropped from it shows here.
        QVERIFY2(
            rules.size() >= 15, qPrintable(QStringList(rules.begin(), rules.end()).join(u' ')));
        QVERIFY(fixes >= 5);
        QVERIFY2(german.misses().isEmpty(), qPrintable(german.misses().join(u'\n')));
    }

    void fileErrorsComeOutGerman()
    {
        RecordingTranslator german;
        QVERIFY(german.loadGerman());
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        const FileReadResult r = readInputFile(dir.path(), 1024);
        QCoreApplication::removeTranslator(&german);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"Datei"_s), qPrintable(r.error));
        QVERIFY2(german.misses().isEmpty(), qPrintable(german.misses().join(u'\n')));
    }

    void standardButtonsComeOutGerman()
    {
        const ui::Translations translations(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(translations.qtLoaded(),
            "Qt's German catalog (qtbase_de.qm) is missing: install qt6-translations-l10n");
        QCOMPARE(translations.ownLanguage(), u"de"_s);
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(u'&'), u"Schließen"_s);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    }

    void englishStaysEnglish()
    {
        const ui::Translations translations(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(translations.ownLanguage(), u"en"_s);
        QDialogButtonBox box(QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(u'&'), u"Close"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
