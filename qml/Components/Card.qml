import QtQuick
import QtQuick.Layouts
import Bollplank.Theme

// A surface that groups related content, with a heading.
Rectangle {
    id: root

    property string title
    default property alias content: column.data

    // The card takes the width it is given and has no natural width of its own: a width taken
    // from its content looped with wrapped or Markdown text (whose implicit width follows the
    // width it gets), and Qt 6.4 aborted the card's layout mid-way ("Polish loop detected").
    // Place a card with Layout.fillWidth or an explicit width; only its height follows content.
    implicitWidth: 2 * Theme.spaceL
    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.divider

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        Text {
            Layout.fillWidth: true
            visible: root.title.length > 0
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
