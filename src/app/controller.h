#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace bollplank {

/// What every screen's controller has: a plain sentence saying what went wrong (shown in an
/// ErrorBanner, empty when nothing did), set and cleared the same way. New controllers derive
/// from it instead of writing errorText, setError and clearError again (eleven controllers each
/// have their own copy); the older ones are to follow as they are touched.
class Controller : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using QObject::QObject;

    [[nodiscard]] QString errorText() const { return m_errorText; }
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void errorTextChanged();

protected:
    void setError(const QString &text)
    {
        if (text == m_errorText)
            return;
        m_errorText = text;
        emit errorTextChanged();
    }

private:
    QString m_errorText;
};

} // namespace bollplank
