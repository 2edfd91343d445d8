pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.App

// One version of a text edited on two devices, line by line. A line the other version does not
// have is tinted and marked "≠" in the margin (and said so to screen readers).
Rectangle {
    id: root

    required property string title
    required property ConflictLinesModel lines

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
        spacing: Theme.spaceXxs

        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spaceS
            text: root.lines.differing > 0
                  //: Under "This device" or "The other device": how many of its lines the other version lacks.
                  ? qsTr("%n line(s) marked ≠ differ from the other version", "", root.lines.differing)
                  : qsTr("The text is the same in both; other details differ")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        // A positioner, not a layout: Qt 6.4's layouts could touch a delegate the model had
        // just reset away (a crash while the page showed again).
        Column {
            id: linesColumn
            Layout.fillWidth: true
            Repeater {
                model: root.lines
                delegate: Rectangle {
                    id: line
                    required property string lineText
                    required property bool differs
                    required property int number

                    objectName: "line_" + number
                    width: linesColumn.width
                    implicitHeight: Math.max(label.implicitHeight, marker.implicitHeight) + 2 * Theme.spaceXxs
                    radius: 2
                    color: differs ? Theme.differsContainer : "transparent"
                    Accessible.role: Accessible.StaticText
                    //: A line of one version that the other version does not have; %1 is the line.
                    Accessible.name: differs ? qsTr("Differs: %1").arg(lineText) : lineText

                    Text {
                        id: marker
                        objectName: "marker"
                        x: Theme.spaceXs
                        y: Theme.spaceXxs
                        width: Theme.spaceL
                        text: line.differs ? "≠" : ""
                        color: Theme.differsMarker
                        font.pixelSize: Theme.bodySize
                        font.weight: Font.Bold
                    }
                    Text {
                        id: label
                        anchors.left: marker.right
                        anchors.right: parent.right
                        anchors.leftMargin: Theme.spaceXs
                        anchors.rightMargin: Theme.spaceXs
                        y: Theme.spaceXxs
                        // An empty line keeps its height, so blank lines show where they are.
                        text: line.lineText.length > 0 ? line.lineText : " "
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
}
