#include "model/ProviderSpec.h"
#include "model/SipHost.h"
#include "model/SofiaNames.h"
#include "model/Trunk.h"
#include "model/TrunkDiff.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestTrunk final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripKeepsEveryFieldButThePassword()
    {
        Trunk t;
        t.id = 7;
        t.provider = u"1und1"_s;
        t.gatewayName = u"1und1"_s;
        t.profile = u"internal"_s;
        t.proxy = u"sip.1und1.de"_s;
        t.outboundProxy = u"[2001:8d8:104:100:212:227:124:129]"_s;
        t.registerEnabled = true;
        t.realm = u"sip.1und1.de"_s;
        t.username = u"493455664337"_s;
        t.password = u"secret"_s;
        t.callerId = u"+493455664337"_s;
        t.numbers = {
            {u"+493455664337"_s, u"IVR main number"_s}, {u"+493455630488"_s, u"Support hotline"_s}};
        t.expireSeconds = 600;
        const QJsonObject json = trunkToJson(t);
        QVERIFY(!json.contains(u"password"_s));
        QCOMPARE(json.value(u"password_set"_s).toBool(), true);
        const TrunkParseResult back = trunkFromJson(json);
        QVERIFY(back.ok());
        Trunk expected = t;
        expected.password.clear();
        expected.passwordSet = true;
        QCOMPARE(back.trunk, expected);
    }

    void wrongTypesAreNamedByField()
    {
        const TrunkParseResult r = trunkFromJson(
            QJsonObject {{u"register"_s, u"yes"_s}, {u"ping_seconds"_s, 1.5}, {u"numbers"_s, 3}});
        QCOMPARE(r.errors.size(), 3);
        QStringList fields;
        for (const FieldError &e : r.errors)
            fields.append(e.field);
        QCOMPARE(fields, (QStringList {u"register"_s, u"ping_seconds"_s, u"numbers"_s}));
    }

    void gatewayName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"plusnet"_s << true;
        QTest::newRow("digits") << u"1und1"_s << true;
        QTest::newRow("dot dash underscore") << u"gw.1-und_1"_s << true;
        QTest::newRow("space") << u"1 und 1"_s << false;
        QTest::newRow("colon") << u"internal::1und1"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ampersand") << u"1&1"_s << false;
        // `$` matched before a final newline, so "plusnet\n" was a valid name.
        QTest::newRow("trailing newline") << u"plusnet\n"_s << false;
        QTest::newRow("trailing CR LF") << u"plusnet\r\n"_s << false;
        QTest::newRow("leading newline") << u"\nplusnet"_s << false;
        QTest::newRow("injection") << u"gw1\n\napi system touch pwned"_s << false;
        QTest::newRow("NUL") << QString(u"gw\u0000"_s) << false;
        QTest::newRow("tab") << u"gw\t1"_s << false;
        // FreeSWITCH's \w is PCRE's, ASCII only (and JSON Schema's in the API contract).
        QTest::newRow("non-ASCII letter") << u"m\u00fcller"_s << false;
        QTest::newRow("128 characters") << QString(128, u'a') << true;
        QTest::newRow("129 characters") << QString(129, u'a') << false;
        // `killgw _all_` kills every gateway of the profile.
        QTest::newRow("_all_") << u"_all_"_s << false;
    }
    void gatewayName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidGatewayName(name), valid);
    }

    void sofiaName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("profile") << u"external-ipv4"_s << true;
        QTest::newRow("internal") << u"internal"_s << true;
        QTest::newRow("dots") << u"a.b_c-d"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"internal rescan"_s << false;
        QTest::newRow("newline") << u"internal\n"_s << false;
        QTest::newRow("command") << u"p\n\napi system id"_s << false;
        QTest::newRow("profile::gw") << u"internal::gw"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("too long") << QString(MaxSofiaNameLength + 1, u'p') << false;
    }
    void sofiaName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidSofiaName(name), valid);
    }

    // validateTrunkShape checks the profile with the same grammar: it goes into commands.
    void profileNameIsValidated()
    {
        Trunk t;
        t.gatewayName = u"plusnet"_s;
        t.provider = u"plusnet"_s;
        t.proxy = u"sip.plusnet.de"_s;
        t.profile = u"external-ipv4"_s;
        QVERIFY(validateTrunkShape(t).isEmpty());
        t.profile = u"external\n\napi system id"_s;
        const QList<FieldError> errors = validateTrunkShape(t);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).field, u"profile"_s);
        t.profile = u"external-ipv4"_s;
        t.gatewayName = u"plusnet\n"_s;
        QCOMPARE(validateTrunkShape(t).value(0).field, u"gateway_name"_s);
    }

    void e164_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plusnet") << u"+493455667290"_s << true;
        QTest::newRow("no plus") << u"493455667290"_s << false;
        QTest::newRow("spaces") << u"+49 345 566 7290"_s << false;
        QTest::newRow("leading zero") << u"+0345"_s << false;
        QTest::newRow("16 digits") << u"+4934556672901234"_s << false;
        QTest::newRow("trailing newline") << u"+493455667290\n"_s << false;
    }
    void e164()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(isE164(number), valid);
    }

    void sipHost_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("unbracketed");
        QTest::addColumn<QString>("freeswitchHost");
        QTest::newRow("name") << u"sip.plusnet.de"_s << u"sip.plusnet.de"_s << 0 << false
                              << u"sip.plusnet.de"_s;
        QTest::newRow("v4 port") << u"92.197.176.16:5060"_s << u"92.197.176.16"_s << 5060 << false
                                 << u"92.197.176.16"_s;
        QTest::newRow("bracketed")
            << u"[2001:8d8:104:100:212:227:124:129]"_s << u"2001:8d8:104:100:212:227:124:129"_s << 0
            << false << u"2001:8d8:104:100:212:227:124:129"_s;
        QTest::newRow("bracketed port")
            << u"[2001:db8::1]:5060"_s << u"2001:db8::1"_s << 5060 << false << u"2001:db8::1"_s;
        QTest::newRow("unbracketed")
            << u"2001:8d8:104:100:212:227:124:129"_s << u"2001:8d8:104:100:212:227:124:129"_s << 0
            << true << u"2001:8d8:104:100:212:227:124"_s;
        QTest::newRow("uri") << u"sip:user@[::1]:5072;transport=udp"_s << u"::1"_s << 5072 << false
                             << u"::1"_s;
    }
    void sipHost()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, unbracketed);
        QFETCH(QString, freeswitchHost);
        const SipHost h = parseSipHost(value);
        QCOMPARE(h.host, host);
        QCOMPARE(h.port, port);
        QCOMPARE(h.unbracketedIpv6, unbracketed);
        QCOMPARE(sipHostAsFreeSwitchReadsIt(value).host, freeswitchHost);
    }

    void providerCatalogOwnsDocumentedRanges()
    {
        const ProviderCatalog catalog = ProviderCatalog::builtIn();
        QVERIFY(catalog.find(u"plusnet"_s));
        QVERIFY(catalog.find(u"1und1"_s));
        QVERIFY(catalog.ownerOf(u"92.197.177.3"_s));
        QCOMPARE(catalog.ownerOf(u"92.197.177.3"_s)->id, u"plusnet"_s);
        // The /125 holds ...:128 to ...:12f: the groups are hexadecimal, so ...:135 is outside.
        QVERIFY(catalog.ownerOf(u"[2001:8d8:104:100:212:227:124:12f]"_s));
        QCOMPARE(catalog.ownerOf(u"[2001:8d8:104:100:212:227:124:12f]"_s)->id, u"1und1"_s);
        QCOMPARE(catalog.ownerOf(u"2001:8d8:104:100:212:227:124:130"_s), nullptr);
        QCOMPARE(catalog.ownerOf(u"2001:8d8:104:100:212:227:124:135"_s), nullptr);
        QVERIFY(catalog.ownerOf(u"SIP.1und1.de."_s));
        QCOMPARE(catalog.ownerOf(u"SIP.1und1.de."_s)->id, u"1und1"_s);
        QCOMPARE(catalog.find(u"1und1"_s)->realm, u"sip.1und1.de"_s);
        QVERIFY(catalog.find(u"plusnet"_s)->outboundProxyMandatory);
    }

    // The conflict dialog's rows: only fields where theirs and mine differ, each saying who
    // changed it; Both (a true conflict) only when both sides changed it differently.
    void threeWayDiff()
    {
        Trunk base;
        base.gatewayName = u"1und1"_s;
        base.callerId = u"+49345566"_s;
        base.expireSeconds = 600;
        base.realm = u"sip.1und1.de"_s;
        base.username = u"4934556"_s;
        base.retrySeconds = 30;
        Trunk theirs = base;
        Trunk mine = base;
        theirs.callerId = u"+49111"_s; // both, differently
        mine.callerId = u"+49222"_s;
        theirs.expireSeconds = 900; // theirs only
        mine.username = u"4934557"_s; // mine only
        theirs.retrySeconds = 60; // both, the same: no row
        mine.retrySeconds = 60;
        theirs.password = u"x"_s; // never a row
        const QList<FieldConflict> rows = xynap::threeWayDiff(base, theirs, mine);
        QStringList fields;
        for (const FieldConflict &c : rows)
            fields.append(c.field);
        QCOMPARE(fields.size(), 3);
        const auto row = [&rows](const QString &field) {
            for (const FieldConflict &c : rows)
                if (c.field == field)
                    return c;
            qFatal("no row for %s", qPrintable(field));
        };
        QCOMPARE(row(u"caller_id"_s).changedBy, FieldConflict::ChangedBy::Both);
        QVERIFY(row(u"caller_id"_s).conflicts());
        QCOMPARE(row(u"caller_id"_s).base, u"+49345566"_s);
        QCOMPARE(row(u"expire_seconds"_s).changedBy, FieldConflict::ChangedBy::Theirs);
        QVERIFY(!row(u"expire_seconds"_s).conflicts());
        QCOMPARE(row(u"username"_s).changedBy, FieldConflict::ChangedBy::Mine);
    }

    // "Use this combination" wrote "password": "" into the merge, which reads as
    // "no password stored": the review then blocked the save although the server kept it. A
    // merge takes exactly the chosen field from theirs and leaves every other field — the
    // stored password too — as it was. Over every editable field of the contract.
    void mergeChangesOnlyTheChosenField_data()
    {
        QTest::addColumn<QString>("field");
        for (const QString &field : editableTrunkFields())
            QTest::newRow(qPrintable(field)) << field;
    }
    void mergeChangesOnlyTheChosenField()
    {
        QFETCH(QString, field);
        Trunk mine;
        mine.id = 7;
        mine.provider = u"1und1"_s;
        mine.gatewayName = u"1und1"_s;
        mine.profile = u"external-ipv6"_s;
        mine.proxy = u"sip.1und1.de"_s;
        mine.outboundProxy = u"[2001:db8::1]"_s;
        mine.registerProxy = u"reg.1und1.de"_s;
        mine.registerEnabled = true;
        mine.realm = u"sip.1und1.de"_s; // the editor changed it
        mine.username = u"4934556"_s;
        mine.passwordSet = true; // stored on the server, not typed again
        mine.callerId = u"+49345566"_s;
        mine.gwAuthAcl = u"providers"_s;
        mine.numbers = {{u"+49345566"_s, u"main"_s}};
        mine.pingSeconds = 30;
        mine.expireSeconds = 600;
        mine.retrySeconds = 30;
        mine.version = 3;
        Trunk theirs;
        theirs.id = 7;
        theirs.provider = u"plusnet"_s;
        theirs.gatewayName = u"theirs"_s;
        theirs.profile = u"external-ipv4"_s;
        theirs.proxy = u"sip.example"_s;
        theirs.outboundProxy = u"92.197.176.16"_s;
        theirs.registerProxy = u"other.example"_s;
        theirs.registerEnabled = false;
        theirs.realm = u"1und1.de"_s;
        theirs.username = u"other"_s;
        theirs.passwordSet = true;
        theirs.callerId = u"+49111"_s;
        theirs.callerIdInFrom = true;
        theirs.gwAuthAcl = u"x"_s;
        theirs.numbers = {{u"+49111"_s, {}}};
        theirs.pingSeconds = 60;
        theirs.expireSeconds = 900;
        theirs.retrySeconds = 90;
        theirs.version = 4;

        const Trunk merged = takeFields(mine, theirs, {field});
        QVERIFY2(merged.passwordSet, "the stored password is still stored");
        QVERIFY(merged.password.isEmpty());
        for (const QString &f : editableTrunkFields()) {
            if (f == u"password"_s)
                continue;
            const QString expected = fieldText(f == field ? theirs : mine, f);
            QVERIFY2(fieldText(merged, f) == expected,
                qPrintable(u"%1: %2 instead of %3"_s.arg(f, fieldText(merged, f), expected)));
        }
        QCOMPARE(fieldText(merged, u"password"_s), u"(stored)"_s);
        // What a save sends: no password at all, never an empty one.
        const QJsonObject body = trunkToJson(
            merged, merged.password.isEmpty() ? PasswordOutput::Omit : PasswordOutput::Include);
        QVERIFY(!body.contains(u"password"_s));
        QVERIFY(body.value(u"password_set"_s).toBool());
    }

    // A password typed before the conflict stays in the merge.
    void mergeKeepsATypedPassword()
    {
        Trunk mine;
        mine.gatewayName = u"1und1"_s;
        mine.password = u"typed"_s;
        Trunk theirs = mine;
        theirs.password.clear();
        theirs.passwordSet = true;
        theirs.retrySeconds = 90;
        const Trunk merged = takeFields(mine, theirs, {u"retry_seconds"_s});
        QCOMPARE(merged.password, u"typed"_s);
        QVERIFY(merged.passwordSet);
        QCOMPARE(merged.retrySeconds, 90);
    }
};

QTEST_GUILESS_MAIN(TestTrunk)
#include "tst_trunk.moc"
