#include "relayprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bollplank::e2e {

QString relayProgram()
{
    return QStringLiteral(BOLLPLANK_RELAY_PATH);
}

RelayProcess::~RelayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool RelayProcess::start(const QStringList &arguments, const QString &program)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program.isEmpty() ? relayProgram() : program, arguments);
    if (!m_process.waitForStarted(30000)) {
        m_error = u"cannot start the relay: "_s + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"listening on (wss?://\\S+)"_s);
    // Generous: a busy machine may take long to start a process; nothing here measures time.
    QDeadlineTimer deadline(120000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine();
            m_output += line;
            const auto match = listening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(200);
    }
    m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
    m_error = u"the relay did not start: "_s + QString::fromUtf8(m_output);
    return false;
}

bool RelayProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    if (!m_process.waitForFinished(60000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
        return false;
    }
    (void)output();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QByteArray RelayProcess::output()
{
    if (m_process.isOpen()) {
        m_output += m_process.readAllStandardOutput();
        m_output += m_process.readAllStandardError();
    }
    return m_output;
}

} // namespace bollplank::e2e
