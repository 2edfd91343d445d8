import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// A step's scrolling column: a heading, a line on what the step is for, then its content,
// centred at a readable width (two columns where there is room, if the step asks for them).
Flickable {
    id: root

    property string heading
    property string intro
    property bool twoColumns: false
    readonly property bool wide: width >= 1000
    default property alias content: grid.data

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spaceL
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.spaceL, (root.width - width) / 2)
        y: Theme.spaceL
        width: Math.min(root.width - 2 * Theme.spaceL, root.twoColumns && root.wide ? 1200 : Theme.readingWidth + 80)
        spacing: Theme.spaceM

        Text {
            Layout.fillWidth: true
            text: root.heading
            color: Theme.text
            font.pixelSize: Theme.headlineSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: root.intro.length > 0
            text: root.intro
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        GridLayout {
            id: grid
            Layout.fillWidth: true
            columns: root.twoColumns && root.wide ? 2 : 1
            columnSpacing: Theme.spaceL
            rowSpacing: Theme.spaceL
        }
    }
}
