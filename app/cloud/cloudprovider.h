#pragma once

#include "cloud/instance.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace vh {

enum class DestroyOutcome {
    Destroyed, // the provider confirmed the instance is gone
    Failed,    // the instance was not destroyed; message gives the reason
    Unknown,   // the request may have been carried out, but that could not be confirmed
};

struct DestroyResult
{
    DestroyOutcome outcome;
    QString message;                         // translated sentence with the next step
    ErrorKind errorKind = ErrorKind::None;   // for Failed and Unknown: the cause's domain
};

enum class InstanceState { Running, Stopped };

// Interface to the instances of a GPU cloud account. Calls return at once,
// and `done` runs later on the caller's thread, never inside the call and
// never after `context` was destroyed.
class CloudProvider
{
public:
    virtual ~CloudProvider() = default;

    template<class T>
    using Callback = std::function<void(Result<T>)>;

    virtual void listInstances(QObject *context, Callback<QList<Instance>> done) = 0;
    // std::nullopt when the instance no longer exists.
    virtual void showInstance(qint64 id, QObject *context,
                              Callback<std::optional<Instance>> done) = 0;
    // Only the destroy gate may call this (one call site in the whole
    // program). Sends DELETE, requires "success": true, then confirms the
    // instance is gone (show-one returns instances:null, or cur_state
    // unloaded, or absent from the list). The Result fails only for an
    // invalid id; every outcome of a real attempt is a DestroyResult.
    virtual void destroyInstance(qint64 id, QObject *context, Callback<DestroyResult> done) = 0;
    virtual void setInstanceState(qint64 id, InstanceState state, QObject *context,
                                  Callback<bool> done) = 0;
    virtual void setLabel(qint64 id, const QString &label, QObject *context,
                          Callback<bool> done) = 0;
};

} // namespace vh
