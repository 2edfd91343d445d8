import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// The frame of the first-run and unlock pages: a scrolling, centred column of readable width.
QQC2.Page {
    id: root

    default property alias content: column.data

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spaceXl
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Math.max(Theme.spaceXl, (flick.height - implicitHeight) / 2)
            width: Math.min(flick.width - 2 * Theme.spaceL, 520)
            spacing: Theme.spaceL
        }
    }
}
