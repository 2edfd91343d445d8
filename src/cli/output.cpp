#include "output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

void Output::result(const QJsonValue &document, const QString &text) const
{
    if (!m_json) {
        printText(text);
        return;
    }
    const QJsonDocument doc
        = document.isArray() ? QJsonDocument(document.toArray()) : QJsonDocument(document.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::printText(const QString &text)
{
    if (text.isEmpty())
        return;
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::printError(const QString &reason)
{
    // One line, whatever the reason holds: a script reads stderr line by line.
    QString line = reason.simplified();
    const QByteArray bytes = (u"bollplank-cli: "_s + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QJsonValue jsonTime(qint64 msSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    // An explicit offset, so the value means the same instant wherever it is read.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonValue jsonTime(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? jsonTime(*msSinceEpoch) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &textOrEmpty)
{
    return textOrEmpty.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(textOrEmpty);
}

QString textTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString textDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

} // namespace bollplank::cli
