#pragma once

#include "esl/Message.h"

#include <optional>

namespace xynap::esl {

// FreeSWITCH's %XX encoding of plain event header values (switch_url_encode): control
// characters, non-ASCII and " #%&+:;<=>?@[\]^`{|}" become upper-case %XX.
QByteArray percentEncode(QByteArrayView value);
QByteArray percentDecode(QByteArrayView value);

// Serialises an event the way switch_event_serialize does for "event plain": one
// "Name: value" line per header, then either a blank line or "Content-Length: n", a blank line
// and the body. An empty value is written "_undef_".
QByteArray serializePlainEvent(const Event &event);
// The flat JSON object of "event json"; the body goes under "_body".
QByteArray serializeJsonEvent(const Event &event);

// Wraps a payload in an outer frame. Events put Content-Length before Content-Type, replies do
// not carry a length: `headers` are written in the order given.
QByteArray frame(const Headers &headers, const QByteArray &body = {});

// Parses the body of a text/event-plain frame (headers, optional inner Content-Length + body).
std::optional<Event> parsePlainEvent(QByteArrayView body);
// The same into an event the caller keeps and reuses: no allocation once its buffers are large
// enough (the receive path decodes every event into one Event). False when it has no header.
bool decodePlainEvent(QByteArrayView body, Event &event);
// The same, the event's header text being `body` itself, not a copy: the event may be used only
// as long as those bytes are there and unchanged; a copy of it copies them. For events handed
// out while their frame is in the parser's buffer (esl::Connection).
bool decodePlainEventInPlace(QByteArrayView body, Event &event);
// Parses the body of a text/event-json frame.
std::optional<Event> parseJsonEvent(QByteArrayView body);
// Either of the two, chosen by the frame's Content-Type; nullopt for non-event frames.
std::optional<Event> eventFromMessage(const Message &message);

} // namespace xynap::esl
