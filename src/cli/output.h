#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace bollplank::cli {

/// Where a command's result goes: one JSON document (--json) or text for a person, on stdout.
class Output
{
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }

    [[nodiscard]] bool json() const noexcept { return m_json; }

    /// Prints document with --json, text otherwise. document must be an object or an array.
    void result(const QJsonValue &document, const QString &text) const;

    /// Writes text to stdout as UTF-8, adding a final line break when missing.
    static void printText(const QString &text);
    /// The one line every failure writes to stderr: "bollplank-cli: <reason>".
    static void printError(const QString &reason);

private:
    bool m_json;
};

// Times in JSON are ISO 8601 in local time with its UTC offset ("2026-03-05T17:00:00+01:00");
// dates are YYYY-MM-DD. Text shows "2026-03-05 17:00".

[[nodiscard]] QJsonValue jsonTime(qint64 msSinceEpoch);
[[nodiscard]] QJsonValue jsonTime(const std::optional<qint64> &msSinceEpoch);
[[nodiscard]] QJsonValue jsonDate(const QDate &date);
[[nodiscard]] QJsonValue jsonText(const QString &textOrEmpty); ///< null when empty
[[nodiscard]] QString textTime(qint64 msSinceEpoch);
[[nodiscard]] QString textDate(const QDate &date); ///< "-" when invalid

} // namespace bollplank::cli
