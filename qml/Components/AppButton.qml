import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme

// A button drawn from theme colours only. Material's raised buttons draw their background
// through a shader effect, which the software renderer (VMs, remote desktops, old GPUs) does
// not support, leaving an invisible button; this one looks the same everywhere.
QQC2.Button {
    id: root

    /// The page's main action: filled with the primary colour.
    property bool primary: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spaceL
    rightPadding: Theme.spaceL
    topPadding: Theme.spaceS
    bottomPadding: Theme.spaceS
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: !root.enabled ? Theme.surfaceAlt
             : root.primary ? (root.down ? Qt.darker(Theme.primary, 1.15) : Theme.primary)
             : (root.down ? Theme.selection : Theme.surface)
        border.width: root.visualFocus ? 3 : (root.primary && root.enabled ? 0 : 1)
        border.color: root.visualFocus ? (Theme.dark ? "#ffffff" : "#000000") : Theme.outline
    }
    contentItem: Text {
        text: root.text
        color: !root.enabled ? Theme.textMuted : root.primary ? Theme.textOnPrimary : Theme.primary
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
