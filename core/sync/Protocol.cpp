#include "core/sync/Protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>
#include <cmath>
#include <map>
#include <vector>

namespace sn::sync {

namespace {

// What a field must hold. Names and ids have fixed character sets so they
// can be logged, used as map keys and shown without escaping surprises.
enum class Kind
{
    Name,   // user, workspace, room: letter/digit first, then letters, digits, " _.@-"
    Ident,  // entity ids: letters, digits, "_.:-"
    Kind,   // one of entityKinds() (or "chat" in server frames)
    Secret, // password or token: 1..maxSecretLength
    Text,   // chat text: 1..maxTextLength
    String, // any string up to maxSecretLength
    Rev,    // integer 0 .. 2^53
    Int,    // any integer within 2^53
    Bool,
    Object,
    ObjectOrNull,
    Array,
    Versions, // non-empty array of positive integers (hello)
    Events,   // array of event objects (sync.batch)
};

struct Field
{
    const char *name;
    Kind kind;
    bool required = true;
};

using Schema = std::vector<Field>;

const std::map<QString, Schema> &schemas()
{
    static const std::map<QString, Schema> table = {
        // client -> server
        {QStringLiteral("hello"), {{"versions", Kind::Versions}, {"client", Kind::String, false}}},
        {QStringLiteral("login"), {{"user", Kind::Name}, {"password", Kind::Secret}}},
        {QStringLiteral("auth"), {{"token", Kind::Secret}}},
        {QStringLiteral("refresh"), {{"refresh_token", Kind::Secret}}},
        {QStringLiteral("logout"), {{"refresh_token", Kind::Secret, false}}},
        {QStringLiteral("workspaces"), {}},
        {QStringLiteral("subscribe"), {{"workspace", Kind::Name}}},
        {QStringLiteral("unsubscribe"), {{"workspace", Kind::Name}}},
        {QStringLiteral("sync"), {{"workspace", Kind::Name}, {"since_rev", Kind::Rev}}},
        {QStringLiteral("put"),
         {{"workspace", Kind::Name},
          {"entity", Kind::Kind},
          {"entity_id", Kind::Ident},
          {"base_rev", Kind::Rev},
          {"data", Kind::Object}}},
        {QStringLiteral("delete"),
         {{"workspace", Kind::Name},
          {"entity", Kind::Kind},
          {"entity_id", Kind::Ident},
          {"base_rev", Kind::Rev}}},
        {QStringLiteral("chat.send"),
         {{"workspace", Kind::Name}, {"room", Kind::Name}, {"text", Kind::Text}}},
        {QStringLiteral("members"), {{"workspace", Kind::Name}}},
        {QStringLiteral("ping"), {}},
        // server -> client
        {QStringLiteral("welcome"),
         {{"version", Kind::Rev}, {"server", Kind::String}, {"limits", Kind::Object}}},
        {QStringLiteral("token"),
         {{"ref", Kind::String},
          {"user", Kind::Name},
          {"access_token", Kind::Secret},
          {"expires_at", Kind::Int},
          {"refresh_token", Kind::Secret},
          {"refresh_expires_at", Kind::Int}}},
        {QStringLiteral("authenticated"),
         {{"ref", Kind::String}, {"user", Kind::Name}, {"expires_at", Kind::Int}}},
        {QStringLiteral("workspaces.list"), {{"ref", Kind::String}, {"workspaces", Kind::Array}}},
        {QStringLiteral("subscribed"),
         {{"ref", Kind::String}, {"workspace", Kind::Name}, {"role", Kind::String}, {"rev", Kind::Rev}}},
        {QStringLiteral("unsubscribed"), {{"ref", Kind::String}, {"workspace", Kind::Name}}},
        {QStringLiteral("sync.batch"),
         {{"ref", Kind::String},
          {"workspace", Kind::Name},
          {"events", Kind::Events},
          {"rev", Kind::Rev},
          {"more", Kind::Bool}}},
        {QStringLiteral("ack"),
         {{"ref", Kind::String},
          {"workspace", Kind::Name},
          {"entity", Kind::String},
          {"entity_id", Kind::String},
          {"rev", Kind::Rev}}},
        {QStringLiteral("conflict"),
         {{"ref", Kind::String},
          {"workspace", Kind::Name},
          {"entity", Kind::String},
          {"entity_id", Kind::String},
          {"server_rev", Kind::Rev},
          {"data", Kind::ObjectOrNull},
          {"deleted", Kind::Bool}}},
        {QStringLiteral("event"),
         {{"workspace", Kind::Name},
          {"entity", Kind::String},
          {"entity_id", Kind::String},
          {"rev", Kind::Rev},
          {"data", Kind::ObjectOrNull},
          {"deleted", Kind::Bool},
          {"by", Kind::Name},
          {"at", Kind::Int}}},
        {QStringLiteral("chat.message"),
         {{"workspace", Kind::Name},
          {"room", Kind::Name},
          {"rev", Kind::Rev},
          {"by", Kind::Name},
          {"text", Kind::Text},
          {"at", Kind::Int}}},
        {QStringLiteral("presence"), {{"workspace", Kind::Name}, {"users", Kind::Array}}},
        {QStringLiteral("members.list"),
         {{"ref", Kind::String}, {"workspace", Kind::Name}, {"members", Kind::Array}}},
        {QStringLiteral("pong"), {{"ref", Kind::String}}},
        {QStringLiteral("ok"), {{"ref", Kind::String}}},
        {QStringLiteral("error"),
         {{"code", Kind::String},
          {"message", Kind::String},
          {"field", Kind::String, false},
          {"ref", Kind::String, false}}},
    };
    return table;
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool validName(const QString &s, int maxLength)
{
    if (s.isEmpty() || s.size() > maxLength || !isNameChar(s.front()))
        return false;
    for (QChar c : s) {
        if (!isNameChar(c) && c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('.') &&
            c != QLatin1Char('@') && c != QLatin1Char('-'))
            return false;
    }
    return !s.endsWith(QLatin1Char(' '));
}

bool validIdent(const QString &s, int maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (QChar c : s) {
        if (!isNameChar(c) && c != QLatin1Char('_') && c != QLatin1Char('.') && c != QLatin1Char(':') &&
            c != QLatin1Char('-'))
            return false;
    }
    return true;
}

// JSON numbers are doubles; an integer field must hold an exact integer
// that survives the round trip (|x| <= 2^53).
bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

DecodeResult fail(const char *errorCode, const QString &field, const QString &message,
                  const QString &ref = {})
{
    DecodeResult r;
    r.error = ProtocolError{QString::fromLatin1(errorCode), field, message, ref};
    return r;
}

// Empty when the value fits the kind, else what is wrong with it.
QString checkValue(const QJsonValue &v, Kind kind, const Limits &limits, bool serverFrame)
{
    switch (kind) {
    case Kind::Name:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (!validName(v.toString(), limits.maxNameLength))
            return QStringLiteral("must be 1-%1 characters: letters, digits, space, '_', '.', '@', '-', "
                                  "starting with a letter or digit")
                .arg(limits.maxNameLength);
        return {};
    case Kind::Ident:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (!validIdent(v.toString(), limits.maxEntityIdLength))
            return QStringLiteral("must be 1-%1 characters: letters, digits, '_', '.', ':', '-'")
                .arg(limits.maxEntityIdLength);
        return {};
    case Kind::Kind:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (!entityKinds().contains(v.toString()) && !(serverFrame && v.toString() == QLatin1String("chat")))
            return QStringLiteral("must be one of: ") + entityKinds().join(QStringLiteral(", "));
        return {};
    case Kind::Secret:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (v.toString().isEmpty() || v.toString().size() > limits.maxSecretLength)
            return QStringLiteral("must be 1-%1 characters").arg(limits.maxSecretLength);
        return {};
    case Kind::Text:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (v.toString().trimmed().isEmpty() || v.toString().size() > limits.maxTextLength)
            return QStringLiteral("must be 1-%1 characters and not blank").arg(limits.maxTextLength);
        return {};
    case Kind::String:
        if (!v.isString())
            return QStringLiteral("must be a string");
        if (v.toString().size() > limits.maxSecretLength)
            return QStringLiteral("must be at most %1 characters").arg(limits.maxSecretLength);
        return {};
    case Kind::Rev:
        if (!isInteger(v) || v.toDouble() < 0)
            return QStringLiteral("must be a non-negative integer");
        return {};
    case Kind::Int:
        if (!isInteger(v))
            return QStringLiteral("must be an integer");
        return {};
    case Kind::Bool:
        return v.isBool() ? QString() : QStringLiteral("must be true or false");
    case Kind::Object:
        return v.isObject() ? QString() : QStringLiteral("must be a JSON object");
    case Kind::ObjectOrNull:
        return v.isObject() || v.isNull() ? QString() : QStringLiteral("must be a JSON object or null");
    case Kind::Array:
        return v.isArray() ? QString() : QStringLiteral("must be an array");
    case Kind::Versions:
    case Kind::Events:
        return v.isArray() ? QString() : QStringLiteral("must be an array");
    }
    return QStringLiteral("has an unknown kind");
}

// The elements of hello.versions and sync.batch.events, naming the index.
DecodeResult checkElements(const QString &name, const QJsonArray &array, Kind kind, const Limits &limits,
                           const QString &ref)
{
    if (kind == Kind::Versions) {
        if (array.isEmpty() || array.size() > 16)
            return fail(code::BadField, name, QStringLiteral("must list 1-16 protocol versions"), ref);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!isInteger(array[i]) || array[i].toDouble() < 1)
                return fail(code::BadField, QStringLiteral("%1[%2]").arg(name).arg(i),
                            QStringLiteral("must be a positive integer"), ref);
        }
        return {};
    }
    static const Schema eventFields = {{"entity", Kind::String}, {"entity_id", Kind::String},
                                       {"rev", Kind::Rev},       {"data", Kind::ObjectOrNull},
                                       {"deleted", Kind::Bool},  {"by", Kind::Name},
                                       {"at", Kind::Int}};
    if (array.size() > limits.maxSyncBatch)
        return fail(code::BadField, name,
                    QStringLiteral("holds more than %1 events").arg(limits.maxSyncBatch), ref);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (!array[i].isObject())
            return fail(code::BadField, at, QStringLiteral("must be a JSON object"), ref);
        const QJsonObject event = array[i].toObject();
        for (const Field &f : eventFields) {
            const QString fieldName = QString::fromLatin1(f.name);
            const auto it = event.constFind(fieldName);
            if (it == event.constEnd())
                return fail(code::BadField, at + QLatin1Char('.') + fieldName, QStringLiteral("is missing"),
                            ref);
            const QString problem = checkValue(*it, f.kind, limits, true);
            if (!problem.isEmpty())
                return fail(code::BadField, at + QLatin1Char('.') + fieldName, problem, ref);
        }
    }
    return {};
}

} // namespace

const QStringList &entityKinds()
{
    static const QStringList kinds = {QStringLiteral("portfolio"), QStringLiteral("transaction"),
                                      QStringLiteral("watchlist"), QStringLiteral("backtest_run"),
                                      QStringLiteral("note")};
    return kinds;
}

Frame::Frame(QString type, QString id, QJsonObject fields)
    : m_type(std::move(type)), m_id(std::move(id)), m_object(std::move(fields))
{
    m_object.insert(QStringLiteral("v"), kProtocolVersion);
    m_object.insert(QStringLiteral("id"), m_id);
    m_object.insert(QStringLiteral("type"), m_type);
}

QByteArray Frame::encode() const
{
    return QJsonDocument(m_object).toJson(QJsonDocument::Compact);
}

DecodeResult decode(const QByteArray &text, const Limits &limits)
{
    if (text.size() > limits.maxFrameBytes)
        return fail(code::TooLarge, QString(),
                    QStringLiteral("the frame has %1 bytes; the limit is %2")
                        .arg(text.size())
                        .arg(limits.maxFrameBytes));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(code::BadFrame, QString(),
                    QStringLiteral("not valid JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(code::BadFrame, QString(), QStringLiteral("a frame must be a JSON object"));
    return validate(doc.object(), limits);
}

DecodeResult validate(const QJsonObject &object, const Limits &limits)
{
    // The id first, so every later error can carry it as `ref`.
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    QString ref;
    if (idValue.isString() && validIdent(idValue.toString(), limits.maxIdLength))
        ref = idValue.toString();

    const QJsonValue v = object.value(QStringLiteral("v"));
    if (v.isUndefined())
        return fail(code::BadField, QStringLiteral("v"),
                    QStringLiteral("is missing (the protocol version, 1)"), ref);
    if (!isInteger(v))
        return fail(code::BadField, QStringLiteral("v"), QStringLiteral("must be an integer"), ref);
    if (v.toInteger() != kProtocolVersion)
        return fail(code::UnsupportedVersion, QStringLiteral("v"),
                    QStringLiteral("protocol version %1 is not supported; this peer speaks %2")
                        .arg(v.toInteger())
                        .arg(kProtocolVersion),
                    ref);
    if (idValue.isUndefined())
        return fail(code::BadField, QStringLiteral("id"), QStringLiteral("is missing"));
    if (ref.isEmpty())
        return fail(code::BadField, QStringLiteral("id"),
                    QStringLiteral("must be a string of 1-%1 characters: letters, digits, '_', '.', ':', '-'")
                        .arg(limits.maxIdLength));

    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (typeValue.isUndefined())
        return fail(code::BadField, QStringLiteral("type"), QStringLiteral("is missing"), ref);
    if (!typeValue.isString())
        return fail(code::BadField, QStringLiteral("type"), QStringLiteral("must be a string"), ref);
    const QString type = typeValue.toString();
    const auto schema = schemas().find(type);
    if (schema == schemas().end())
        return fail(code::UnknownType, QStringLiteral("type"),
                    QStringLiteral("unknown message type '%1'").arg(type.left(64)), ref);

    const bool serverFrame = serverTypes().contains(type);
    for (const Field &f : schema->second) {
        const QString name = QString::fromLatin1(f.name);
        const auto it = object.constFind(name);
        if (it == object.constEnd() || (it->isNull() && f.kind != Kind::ObjectOrNull)) {
            if (f.required)
                return fail(code::BadField, name, QStringLiteral("is missing"), ref);
            continue;
        }
        const QString problem = checkValue(*it, f.kind, limits, serverFrame);
        if (!problem.isEmpty())
            return fail(code::BadField, name, problem, ref);
        if (f.kind == Kind::Versions || f.kind == Kind::Events) {
            DecodeResult elements = checkElements(name, it->toArray(), f.kind, limits, ref);
            if (!elements.error.code.isEmpty())
                return elements;
        }
    }
    DecodeResult ok;
    ok.frame = Frame(type, ref, object);
    return ok;
}

const QStringList &clientTypes()
{
    static const QStringList types = {
        QStringLiteral("hello"),     QStringLiteral("login"),       QStringLiteral("auth"),
        QStringLiteral("refresh"),   QStringLiteral("logout"),      QStringLiteral("workspaces"),
        QStringLiteral("subscribe"), QStringLiteral("unsubscribe"), QStringLiteral("sync"),
        QStringLiteral("put"),       QStringLiteral("delete"),      QStringLiteral("chat.send"),
        QStringLiteral("ping"),      QStringLiteral("members")};
    return types;
}

const QStringList &serverTypes()
{
    static const QStringList types = {QStringLiteral("welcome"),       QStringLiteral("token"),
                                      QStringLiteral("authenticated"), QStringLiteral("workspaces.list"),
                                      QStringLiteral("subscribed"),    QStringLiteral("unsubscribed"),
                                      QStringLiteral("sync.batch"),    QStringLiteral("ack"),
                                      QStringLiteral("conflict"),      QStringLiteral("event"),
                                      QStringLiteral("chat.message"),  QStringLiteral("presence"),
                                      QStringLiteral("pong"),          QStringLiteral("ok"),
                                      QStringLiteral("error"),         QStringLiteral("members.list")};
    return types;
}

bool isValidName(const QString &name, int maxLength)
{
    return validName(name, maxLength);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace sn::sync
