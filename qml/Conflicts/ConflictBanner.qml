import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The notice that texts edited on two devices at once wait to be compared; takes no room when
// none does.
Rectangle {
    id: root

    signal compareRequested()

    objectName: "conflictBanner"
    visible: Conflicts.count > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spaceS : 0
    color: Theme.differsContainer

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceS
        anchors.topMargin: Theme.spaceS
        anchors.bottomMargin: Theme.spaceS
        spacing: Theme.spaceM

        Text {
            text: "≠"
            color: Theme.differsMarker
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
            Accessible.ignored: true
        }
        Text {
            objectName: "conflictNotice"
            Layout.fillWidth: true
            text: Conflicts.noticeText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        AppButton {
            objectName: "compareConflicts"
            //: Opens the two versions of a text edited on two devices, side by side.
            text: qsTr("Compare")
            onClicked: root.compareRequested()
        }
    }
}
