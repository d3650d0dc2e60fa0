#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Protocol v1 of the SuperNova team server: JSON text frames over wss://.
// The same code decodes and validates frames on the server and in the
// desktop client, so both sides agree on what a well-formed frame is.
// docs/protocol.md describes every message; keep the two in step.
namespace sn::sync {

inline constexpr int kProtocolVersion = 1;

// Bounds every frame is checked against. The server announces its values in
// `welcome`, so a client can respect them before it sends.
struct Limits
{
    qint64 maxFrameBytes = 1024 * 1024;
    int maxIdLength = 64;        // frame ids
    int maxEntityIdLength = 128; // entity ids
    int maxNameLength = 64;      // user, workspace and room names
    int maxTextLength = 4000;    // chat text
    int maxSecretLength = 4096;  // passwords and tokens
    int maxSyncBatch = 500;      // events per sync.batch
};

// Machine-readable error codes carried by `error` frames.
namespace code {
inline constexpr char BadFrame[] = "bad_frame";       // not JSON, not an object, binary, truncated
inline constexpr char BadField[] = "bad_field";       // a field is missing or has the wrong type/shape
inline constexpr char UnknownType[] = "unknown_type"; // `type` names no message
inline constexpr char UnsupportedVersion[] = "unsupported_version"; // `v` or hello's versions
inline constexpr char TooLarge[] = "too_large";                     // frame above maxFrameBytes
inline constexpr char NotNegotiated[] = "hello_required";           // anything before hello
inline constexpr char Unauthenticated[] = "unauthenticated";        // needs login/auth first
inline constexpr char AuthFailed[] = "auth_failed";                 // wrong user or password, disabled user
inline constexpr char TokenInvalid[] = "token_invalid";             // tampered, malformed, revoked
inline constexpr char TokenExpired[] = "token_expired";
inline constexpr char Forbidden[] = "forbidden"; // role does not allow it
inline constexpr char NotFound[] = "not_found";
inline constexpr char NotSubscribed[] = "not_subscribed";
inline constexpr char RateLimited[] = "rate_limited"; // login attempts or message flood
inline constexpr char Unavailable[] = "unavailable";  // database unreachable; retry later
inline constexpr char Internal[] = "internal";
} // namespace code

// Entity kinds a workspace holds. Chat lines share the event log under
// "chat" but are written only through chat.send.
const QStringList &entityKinds();

// A decoded, validated frame. Accessors assume validation passed (decode()
// guarantees every required field of the type exists with its type).
class Frame
{
public:
    Frame() = default;
    Frame(QString type, QString id, QJsonObject fields = {});

    const QString &type() const { return m_type; }
    const QString &id() const { return m_id; }
    // The whole object including v, id and type.
    const QJsonObject &object() const { return m_object; }

    bool has(const QString &field) const { return m_object.contains(field); }
    QString str(const QString &field) const { return m_object.value(field).toString(); }
    qint64 integer(const QString &field) const { return m_object.value(field).toInteger(); }
    bool boolean(const QString &field) const { return m_object.value(field).toBool(); }
    QJsonObject obj(const QString &field) const { return m_object.value(field).toObject(); }
    QJsonArray arr(const QString &field) const { return m_object.value(field).toArray(); }
    QJsonValue value(const QString &field) const { return m_object.value(field); }

    // Compact JSON text, ready to send.
    QByteArray encode() const;

    bool operator==(const Frame &other) const { return m_object == other.m_object; }

private:
    QString m_type;
    QString m_id;
    QJsonObject m_object;
};

// What was wrong with a frame: an error code from sn::sync::code, the field
// ("base_rev", "data", "events[3].rev"; empty when the frame as a whole is
// bad) and a sentence for people. `ref` is the frame's id when it could be read,
// so the client can match the error to its request.
struct ProtocolError
{
    QString code;
    QString field;
    QString message;
    QString ref;
};

struct DecodeResult
{
    std::optional<Frame> frame;
    ProtocolError error;
    bool ok() const { return frame.has_value(); }
};

// Parses and validates one text frame: size, JSON, object, `v`, `id`, `type`
// and the type's schema (required fields, types, ranges, name patterns).
// Unknown extra fields are ignored so a newer peer can add optional ones.
DecodeResult decode(const QByteArray &text, const Limits &limits = {});
// Validates an already built object (used by decode and by tests).
DecodeResult validate(const QJsonObject &object, const Limits &limits = {});

// Every message type, client-to-server first.
const QStringList &clientTypes();
const QStringList &serverTypes();

// The rule for user, workspace and room names: 1-maxLength characters,
// letters, digits, space, '_', '.', '@', '-', starting with a letter or digit,
// not ending with a space.
bool isValidName(const QString &name, int maxLength = 64);

// A fresh frame id (a UUID without braces).
QString newId();

} // namespace sn::sync
