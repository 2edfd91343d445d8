import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One device in the roster: whose it is, when it was added, and its safety number in the five-digit
// groups the pairing screen uses; this person's other devices carry "Revoke…".
ColumnLayout {
    id: root

    /// {key, name, detail, safetyGroups, revocable, self} from Sync.devices
    property var device: ({})

    signal revokeRequested()

    spacing: Theme.spaceXs

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceXs
        Layout.bottomMargin: Theme.spaceXs
        implicitHeight: 1
        color: Theme.divider
    }
    Text {
        objectName: "deviceName"
        Layout.fillWidth: true
        text: root.device.name
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: root.device.detail
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    // Twelve groups of five in even rows (three of four, or two of six where there is room), so
    // two screens side by side read alike.
    GridLayout {
        objectName: "deviceSafetyNumber"
        Layout.fillWidth: true
        visible: !root.device.self
        columns: root.width >= 420 ? 6 : 4
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceXs
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Safety number: %1").arg((root.device.safetyGroups || []).join(" "))
        Repeater {
            model: root.device.safetyGroups
            Text {
                required property string modelData
                text: modelData
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Theme.bodyLargeSize
                font.letterSpacing: 1
            }
        }
    }
    AppButton {
        // Named only where it shows, so a test finds the one that can be pressed.
        objectName: root.device.revocable === true ? "revokeDevice" : ""
        visible: root.device.revocable === true
        text: qsTr("Revoke this device…")
        onClicked: root.revokeRequested()
    }
}
