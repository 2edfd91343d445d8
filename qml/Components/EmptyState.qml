import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// What a page shows when it has nothing yet: a short title and a line of help.
ColumnLayout {
    id: root

    property string title
    property string message

    spacing: Theme.spaceS

    Text {
        Layout.fillWidth: true
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.message.length > 0
        text: root.message
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
