import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// A booked or held meeting: date, time and kind (never its notes).
ColumnLayout {
    id: root

    required property var meeting

    spacing: Theme.spaceXxs
    Text {
        Layout.fillWidth: true
        text: root.meeting.dayText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: root.meeting.timeText + " · " + root.meeting.kindText
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
}
