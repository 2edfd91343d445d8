#pragma once

#include "lifecycle.h"

namespace bollplank::platform {

/// Desktop lifecycle from Qt's application state and window states: hidden, suspended or a
/// minimised window counts as background. Merely losing focus to another window does not, or
/// the journal would lock whenever someone glanced at their calendar.
class GuiLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    explicit GuiLifecycle(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace bollplank::platform
