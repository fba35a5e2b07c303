#pragma once

#include "model/SofiaNames.h" // isValidGatewayName

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xynap {

// One number routed over a trunk, with what the operators use it for.
struct TrunkNumber {
    QString number; // E.164, e.g. +493455667290
    QString use; // free text, e.g. "IVR main number"

    friend bool operator==(const TrunkNumber &, const TrunkNumber &) = default;
};

// A SIP trunk as the Platform API stores it. FreeSWITCH receives it as a gateway through
// mod_xml_curl; the field names follow the API contract (resources/api/platform-api.yaml).
struct Trunk {
    // The members go by size, so that no padding lies between them (344 B; 368 B in the order
    // of the API contract): a fleet's list holds 50,000.
    QString provider; // provider id from the catalog: "plusnet", "1und1"
    QString gatewayName; // must match ^[\w.\-]+$
    QString profile; // Sofia profile, e.g. "internal"
    QString proxy;
    QString outboundProxy;
    QString registerProxy;
    QString realm;
    QString username;
    QString password; // write-only: never serialised back by the API
    QString callerId;
    QString gwAuthAcl;
    QList<TrunkNumber> numbers;
    // Who saved this version and when, as the Platform API reports it (read-only; empty or
    // invalid when the API does not say). The conflict dialog names them.
    QString updatedBy;
    QDateTime updatedAt;
    int id = 0;
    int pingSeconds = 0;
    int expireSeconds = 3600;
    int retrySeconds = 30;
    int version = 1; // bumped on every change, source of the ETag
    bool registerEnabled = false;
    bool passwordSet = false;
    bool callerIdInFrom = false;

    QString etag() const;

    friend bool operator==(const Trunk &, const Trunk &) = default;
};

enum class PasswordOutput { Omit, Include };

QJsonObject trunkToJson(const Trunk &trunk, PasswordOutput password = PasswordOutput::Omit);

// A field-level problem found while reading or validating a trunk. `field` is the JSON name.
struct FieldError {
    QString field;
    QString message;
};

struct [[nodiscard]] TrunkParseResult {
    Trunk trunk;
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads a trunk from JSON. Fields missing from `json` keep the value of `base`, so the same
// function serves POST (base = defaults) and PUT (base = the stored trunk).
TrunkParseResult trunkFromJson(const QJsonObject &json, const Trunk &base = {});

// Contract checks that do not need other data: name syntax, E.164 numbers, ranges.
QList<FieldError> validateTrunkShape(const Trunk &trunk);

bool isE164(const QString &number);

} // namespace xynap
