#include "cli/clioutput.h"

#include "common/platform.h"

#include <cstdio>

namespace vh {

CliOutput::CliOutput()
    : m_stdout(stdout), m_stderr(stderr), m_stderrIsTerminal(isStandardErrorTerminal())
{
}

void CliOutput::printLine(const QString &line)
{
    m_stdout << line << '\n';
    m_stdout.flush();
}

void CliOutput::printMessage(const QString &message)
{
    endProgress();
    m_stderr << message << '\n';
    m_stderr.flush();
}

void CliOutput::printJson(const QJsonDocument &document)
{
    m_stdout << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_stdout.flush();
}

void CliOutput::printProgress(const QString &line)
{
    if (m_stderrIsTerminal) {
        m_stderr << "\r\033[K" << line;
        m_progressShown = true;
    } else {
        m_stderr << line << '\n';
    }
    m_stderr.flush();
}

void CliOutput::endProgress()
{
    if (m_progressShown) {
        m_stderr << '\n';
        m_stderr.flush();
        m_progressShown = false;
    }
}

} // namespace vh
