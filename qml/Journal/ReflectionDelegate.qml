import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One reflection in the journal list: when, an excerpt, its focus areas and whether it is
// private or shared.
QQC2.ItemDelegate {
    id: root

    required property int index
    required property string reflectionId
    required property string excerpt
    required property string dateText
    required property string timeText
    required property var focusNames
    required property string lensText
    required property int stress
    required property bool shared
    required property string snippet
    property bool selected: false

    objectName: "reflection_" + index
    padding: Theme.spaceL
    topPadding: Theme.spaceM
    bottomPadding: Theme.spaceM
    focusPolicy: Qt.StrongFocus
    highlighted: selected
    Accessible.role: Accessible.ListItem
    Accessible.name: (shared ? qsTr("Shared") : qsTr("Private")) + ", " + dateText + ": " + excerpt

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.down ? Theme.surfaceAlt : "transparent")
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.primary
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: Theme.spaceL
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: root.dateText + "  ·  " + root.timeText
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
            }
            VisibilityBadge {
                shared: root.shared
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.snippet.length > 0 ? root.snippet : root.excerpt
            textFormat: root.snippet.length > 0 ? Text.StyledText : Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceXs
            visible: root.focusNames.length > 0 || root.lensText.length > 0 || root.stress > 0
            Repeater {
                model: root.focusNames
                Tag {
                    required property string modelData
                    text: modelData
                }
            }
            Tag {
                visible: root.lensText.length > 0
                //: Stakeholder lens shown on a list entry, e.g. "Lens: Board"
                text: qsTr("Lens: %1").arg(root.lensText)
            }
            Tag {
                visible: root.stress > 0
                //: Stress level shown on a list entry, e.g. "Stress 4/5"
                text: qsTr("Stress %1/5").arg(root.stress)
            }
        }
    }
}
