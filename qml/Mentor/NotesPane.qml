import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The mentor's private notes about an adept: never shared, and they look it.
Flickable {
    id: root

    /// The note being edited, "new" for a new one, "" when none is.
    property string editing: ""

    objectName: "notesPane"
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.spaceL
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    ColumnLayout {
        id: column
        x: (root.width - width) / 2
        y: Theme.spaceL
        width: Math.min(root.width - 2 * Theme.spaceL, Theme.readingWidth)
        spacing: Theme.spaceM

        Rectangle {
            objectName: "privateNotice"
            Layout.fillWidth: true
            implicitHeight: notice.implicitHeight + 2 * Theme.spaceM
            radius: Theme.radiusSmall
            color: Theme.privateContainer
            RowLayout {
                id: notice
                anchors.fill: parent
                anchors.margins: Theme.spaceM
                spacing: Theme.spaceS
                AppIcon {
                    iconName: "private"
                    color: Theme.textOnPrivateContainer
                    Layout.alignment: Qt.AlignTop
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Private: only you see these notes. They are never shared with your adept.")
                    color: Theme.textOnPrivateContainer
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
            }
        }

        CommentEditor {
            id: editor
            Layout.fillWidth: true
            visible: root.editing.length > 0
            namePrefix: "note"
            draftKey: root.editing.length > 0 ? "note:" + AdeptReview.mentorshipId + ":" + root.editing : ""
            placeholder: qsTr("A private note about your adept")
            onSave: text => {
                if (AdeptReview.saveNote(root.editing === "new" ? "" : root.editing, text))
                    root.editing = "";
            }
            onCancel: root.editing = ""
        }
        AppButton {
            objectName: "addNote"
            visible: root.editing.length === 0
            text: qsTr("New note")
            onClicked: {
                editor.text = "";
                root.editing = "new";
                editor.focusField();
            }
        }
        Text {
            Layout.fillWidth: true
            visible: AdeptReview.notes.length === 0
            text: qsTr("No notes yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
        Repeater {
            model: AdeptReview.notes
            Rectangle {
                id: note
                required property var modelData
                required property int index
                objectName: "note_" + index
                Layout.fillWidth: true
                visible: root.editing !== modelData.noteId
                implicitHeight: noteRow.implicitHeight + 2 * Theme.spaceM
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.privateColor
                RowLayout {
                    id: noteRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spaceL
                    anchors.topMargin: Theme.spaceM
                    anchors.bottomMargin: Theme.spaceM
                    spacing: 0
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceXs
                        Text {
                            Layout.fillWidth: true
                            text: note.modelData.dateText
                            color: Theme.privateColor
                            font.pixelSize: Theme.captionSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: note.modelData.shown
                            textFormat: Text.MarkdownText
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                    }
                    IconButton {
                        objectName: "editNote_" + note.index
                        Layout.alignment: Qt.AlignTop
                        iconName: "edit"
                        label: qsTr("Edit note")
                        onClicked: {
                            root.editing = note.modelData.noteId;
                            editor.text = note.modelData.body;
                            editor.focusField();
                        }
                    }
                    IconButton {
                        objectName: "deleteNote_" + note.index
                        Layout.alignment: Qt.AlignTop
                        iconName: "delete"
                        label: qsTr("Delete note")
                        onClicked: AdeptReview.removeNote(note.modelData.noteId)
                    }
                }
            }
        }
    }
}
