#pragma once

#include "cloud/instance.h"
#include "harvest/journal.h"

#include <QColor>
#include <QIcon>

namespace vh {

// Status colours of mid saturation, readable as text and as a dot on light
// and dark palettes alike.
QColor colourForStatus(InstanceStatus status);
QColor colourForVerdict(FileVerdict verdict);
// A filled circle in the colour, for the status column.
QIcon dotIcon(const QColor &colour);

} // namespace vh
