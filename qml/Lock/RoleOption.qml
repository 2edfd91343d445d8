import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// One of the two roles to choose on first run, as a large selectable card.
QQC2.RadioButton {
    id: root

    property string description

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spaceM)
    Accessible.name: text
    Accessible.description: description

    indicator: null
    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.primaryContainer : Theme.surface
        border.width: root.checked || root.visualFocus ? 2 : 1
        border.color: root.checked || root.visualFocus ? Theme.primary : Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: Theme.spaceXxs
        Text {
            Layout.fillWidth: true
            leftPadding: Theme.spaceM
            rightPadding: Theme.spaceM
            text: root.text
            color: root.checked ? Theme.textOnPrimaryContainer : Theme.text
            font.pixelSize: Theme.bodyLargeSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            leftPadding: Theme.spaceM
            rightPadding: Theme.spaceM
            text: root.description
            color: root.checked ? Theme.textOnPrimaryContainer : Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
