import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// The private/shared switch: the state is said in colour, icon and words, and what it means
// for the mentor is spelled out.
Rectangle {
    id: root

    property bool shared: false
    signal toggled(bool wantShared)

    implicitHeight: row.implicitHeight + 2 * Theme.spaceM
    implicitWidth: row.implicitWidth + 2 * Theme.spaceM
    radius: Theme.radius
    color: shared ? Theme.sharedContainer : Theme.privateContainer
    border.width: 1
    border.color: shared ? Theme.shared : Theme.privateColor

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceM

        AppIcon {
            iconName: root.shared ? "shared" : "private"
            color: root.shared ? Theme.textOnSharedContainer : Theme.textOnPrivateContainer
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: root.shared ? qsTr("Shared with your mentor") : qsTr("Private: only you can read this")
                color: root.shared ? Theme.textOnSharedContainer : Theme.textOnPrivateContainer
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: root.shared
                      ? qsTr("Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.")
                      : qsTr("Your mentor cannot see it until you share it.")
                color: root.shared ? Theme.textOnSharedContainer : Theme.textOnPrivateContainer
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        AppSwitch {
            id: toggle
            checkedColor: Theme.shared
            objectName: root.objectName + "Switch"
            checked: root.shared
            Accessible.name: qsTr("Share with my mentor")
            onToggled: root.toggled(checked)
        }
    }
}
