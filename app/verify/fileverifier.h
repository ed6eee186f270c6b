#pragma once

#include "common/result.h"
#include "harvest/journal.h"
#include "verify/sha256.h"

#include <QList>
#include <QString>

#include <atomic>

namespace vh {

// "GLOB=SIZE" from --min-size or the settings: files whose name (or, for a
// glob with '/', whose path below the destination) matches GLOB must be at
// least SIZE bytes. SIZE takes K, M, G, T suffixes in powers of 1024.
struct MinSizeRule
{
    QString text;
    QString glob;
    qint64 minimumBytes = 0;

    static Result<MinSizeRule> parse(const QString &text);
    bool matches(const QString &localRelativePath) const;
};

struct VerifyOptions
{
    QList<MinSizeRule> minSizeRules;
    // Optional program run on each file; "{file}" in any argument becomes
    // the local path. Run without a shell; exit status 0 is required.
    QString testCommand;
    int testTimeoutSeconds = 600;
    bool zipCrcPass = false;
};

// Verifies the local copy of one file from disk against the remote facts in
// the record, and writes the result into it: local size and modification
// time (stat again), local SHA-256 read back from disk, the format check,
// minimum sizes, whether the remote file changed while it was copied, and
// the test command. The verdict is Verified only when every check passed;
// Pending when cancelled.
void verifyFileRecord(FileRecord &record, const VerifyOptions &options,
                      const std::atomic_bool *cancelled = nullptr, const HashProgress &progress = {});

} // namespace vh
