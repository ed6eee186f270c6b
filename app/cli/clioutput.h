#pragma once

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace vh {

// Writes results to stdout and messages to stderr, so that `--json` output
// stays parseable while progress and errors still reach the terminal.
class CliOutput final
{
    Q_DISABLE_COPY_MOVE(CliOutput)

public:
    CliOutput();

    void printLine(const QString &line);       // stdout
    void printMessage(const QString &message); // stderr
    void printJson(const QJsonDocument &document);
    // Rewrites one status line in place on a terminal, or prints it as a
    // new line when stderr is redirected.
    void printProgress(const QString &line);
    void endProgress();

private:
    QTextStream m_stdout;
    QTextStream m_stderr;
    bool m_stderrIsTerminal = false;
    bool m_progressShown = false;
};

} // namespace vh
