import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Reading one reflection: Markdown rendered, its tags, and the private/shared switch.
QQC2.Page {
    id: root

    required property string reflectionId
    property bool showBack: false
    property var entry: ({})

    signal backRequested()
    signal editRequested()

    function reload() {
        entry = Journal.reflection(reflectionId);
    }

    objectName: "reflectionPage"
    background: Rectangle { color: Theme.surface }
    onReflectionIdChanged: reload()
    Component.onCompleted: reload()

    Connections {
        target: Journal
        function onReflectionChanged(id) {
            if (id === root.reflectionId)
                root.reload();
        }
        function onLabelsChanged() { root.reload(); }
    }

    Shortcut {
        sequences: ["Escape", "Back"]
        enabled: root.showBack
        onActivated: root.backRequested()
    }

    header: QQC2.ToolBar {
        Material.background: Theme.surface
        Material.elevation: 0
        leftPadding: root.showBack ? 0 : Theme.spaceL
        rightPadding: Theme.spaceXs
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spaceXs
            IconButton {
                objectName: "readerBack"
                visible: root.showBack
                iconName: "back"
                label: qsTr("Back to the journal")
                onClicked: root.backRequested()
            }
            Text {
                objectName: "readerTitle"
                Layout.fillWidth: true
                text: root.entry.dateText || ""
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                // Weekday and year both matter: on a phone the date takes a second line rather
                // than losing its end.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            IconButton {
                objectName: "editButton"
                iconName: "edit"
                label: qsTr("Edit")
                enabled: root.entry.reflectionId !== undefined
                onClicked: root.editRequested()
            }
            IconButton {
                objectName: "deleteButton"
                iconName: "delete"
                label: qsTr("Delete")
                enabled: root.entry.reflectionId !== undefined
                onClicked: Journal.remove(root.reflectionId)
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spaceL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Theme.spaceL
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
            spacing: Theme.spaceM

            Text {
                Layout.fillWidth: true
                text: (root.entry.weekText || "") + "  ·  " + (root.entry.timeText || "")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            VisibilitySwitch {
                objectName: "readerVisibility"
                Layout.fillWidth: true
                shared: root.entry.shared === true
                onToggled: wantShared => Journal.setShared(root.reflectionId, wantShared)
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                Repeater {
                    model: root.entry.focusAreas || []
                    Tag {
                        required property int modelData
                        text: FocusCatalog.name(modelData)
                    }
                }
                Tag {
                    visible: (root.entry.lensText || "").length > 0
                    text: qsTr("Lens: %1").arg(root.entry.lensText || "")
                }
                Tag {
                    visible: (root.entry.stress || 0) > 0
                    text: qsTr("Stress %1/5").arg(root.entry.stress || 0)
                }
            }
            Text {
                objectName: "readerBody"
                Layout.fillWidth: true
                text: root.entry.bodyMarkdown || ""
                textFormat: Text.MarkdownText
                color: Theme.text
                linkColor: Theme.primary
                font.pixelSize: Theme.bodyLargeSize
                lineHeight: 1.2
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: root.entry.body || ""
            }
        }
    }
}
