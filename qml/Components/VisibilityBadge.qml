import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// Says whether an entry is private or shared, in colour, icon and word, wherever it appears.
Rectangle {
    id: root

    required property bool shared

    implicitWidth: row.implicitWidth + 2 * Theme.spaceS
    implicitHeight: Math.max(row.implicitHeight + Theme.spaceXs, 24)
    radius: height / 2
    color: shared ? Theme.sharedContainer : Theme.privateContainer
    border.width: 1
    border.color: shared ? Theme.shared : Theme.privateColor
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spaceXs

        AppIcon {
            iconName: root.shared ? "shared" : "private"
            color: root.shared ? Theme.textOnSharedContainer : Theme.textOnPrivateContainer
            sourceSize.width: 16
            sourceSize.height: 16
        }
        Text {
            id: label
            text: root.shared
                  //: Badge on a reflection the mentor can read
                  ? qsTr("Shared")
                  //: Badge on a reflection only the adept can read
                  : qsTr("Private")
            color: root.shared ? Theme.textOnSharedContainer : Theme.textOnPrivateContainer
            font.pixelSize: Theme.captionSize
            font.weight: Font.DemiBold
        }
    }
}
