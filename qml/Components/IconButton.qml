import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme

// A tool button with an icon, a 48 px touch target, a tooltip and an accessible name.
QQC2.ToolButton {
    id: root

    /// The icon's file name without ".svg".
    property string iconName
    /// What the button does, for the tooltip and screen readers.
    property string label

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    icon.source: iconName.length > 0 ? "qrc:/icons/" + iconName + ".svg" : ""
    icon.color: Theme.text
    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    display: QQC2.AbstractButton.IconOnly
    text: label
    focusPolicy: Qt.StrongFocus
    Accessible.name: label
    QQC2.ToolTip.visible: hovered && label.length > 0
    QQC2.ToolTip.text: label
    QQC2.ToolTip.delay: 600
}
