import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// An adept's open "I need a sounding board" request, on top of the mentor's home.
QQC2.AbstractButton {
    id: root

    required property var request

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    focusPolicy: Qt.StrongFocus
    //: Screen-reader name of a request card: who, how urgent, why
    Accessible.name: qsTr("%1 asks for a meeting: %2. %3").arg(request.adeptName).arg(request.urgencyText).arg(request.reason)

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.selection : Theme.surface
        border.width: root.visualFocus ? 3 : 2
        border.color: root.request.urgency === "high" ? Theme.danger : Theme.warning
    }

    contentItem: Item {}

    ColumnLayout {
        id: column
        x: Theme.spaceL
        y: Theme.spaceL
        width: root.width - 2 * Theme.spaceL
        spacing: Theme.spaceXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                //: A request for an ad-hoc meeting; %1 is the adept's name
                text: qsTr("%1 needs a sounding board").arg(root.request.adeptName)
                color: Theme.text
                font.pixelSize: Theme.bodyLargeSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                text: root.request.dateText
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.request.urgencyText
            color: root.request.urgency === "high" ? Theme.danger : Theme.warning
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: root.request.reason
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
