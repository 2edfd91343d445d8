import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// A reflection the adept shared, and the mentor's comments on it: write, edit, delete.
Card {
    id: root

    required property var reflection
    required property int rowIndex
    /// The comment being edited, "new" for a new one, "" when none is.
    property string editing: ""

    objectName: "reflection_" + rowIndex

    Text {
        Layout.fillWidth: true
        text: root.reflection.dateText
        color: Theme.text
        font.pixelSize: Theme.bodyLargeSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: [root.reflection.areasText, root.reflection.lensText].filter(t => !!t).join("  ·  ")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: root.reflection.body
        textFormat: Text.MarkdownText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        onLinkActivated: () => {} // links in a note open nothing
    }

    Repeater {
        model: root.reflection.comments
        ColumnLayout {
            id: commentItem
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spaceXs

            Rectangle {
                Layout.fillWidth: true
                visible: root.editing !== commentItem.modelData.commentId
                implicitHeight: commentRow.implicitHeight + 2 * Theme.spaceS
                radius: Theme.radiusSmall
                color: Theme.primaryContainer
                objectName: "comment_" + root.rowIndex + "_" + commentItem.index
                RowLayout {
                    id: commentRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spaceM
                    anchors.topMargin: Theme.spaceS
                    anchors.bottomMargin: Theme.spaceS
                    spacing: 0
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceXxs
                        Text {
                            Layout.fillWidth: true
                            //: Above a comment the mentor wrote; %1 is a date
                            text: qsTr("Your comment, %1").arg(commentItem.modelData.dateText)
                            color: Theme.textOnPrimaryContainer
                            font.pixelSize: Theme.captionSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Text {
                            objectName: "commentText"
                            Layout.fillWidth: true
                            text: commentItem.modelData.shown
                            textFormat: Text.MarkdownText
                            color: Theme.textOnPrimaryContainer
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                    }
                    IconButton {
                        objectName: "editComment_" + root.rowIndex + "_" + commentItem.index
                        iconName: "edit"
                        label: qsTr("Edit comment")
                        icon.color: Theme.textOnPrimaryContainer
                        onClicked: {
                            root.editing = commentItem.modelData.commentId;
                            editor.text = commentItem.modelData.body;
                            editor.focusField();
                        }
                    }
                    IconButton {
                        objectName: "deleteComment_" + root.rowIndex + "_" + commentItem.index
                        iconName: "delete"
                        label: qsTr("Delete comment")
                        icon.color: Theme.textOnPrimaryContainer
                        onClicked: AdeptReview.removeComment(commentItem.modelData.commentId)
                    }
                }
            }
        }
    }

    CommentEditor {
        id: editor
        Layout.fillWidth: true
        visible: root.editing.length > 0
        namePrefix: "comment"
        draftKey: root.editing.length > 0 ? "comment:" + root.reflection.reflectionId + ":" + root.editing : ""
        placeholder: qsTr("Your comment. Your adept sees it.")
        onSave: text => {
            if (AdeptReview.saveComment(root.reflection.reflectionId, root.editing === "new" ? "" : root.editing, text))
                root.editing = "";
        }
        onCancel: root.editing = ""
    }
    AppButton {
        objectName: "addComment_" + root.rowIndex
        Layout.alignment: Qt.AlignRight
        visible: root.editing.length === 0
        text: qsTr("Comment")
        onClicked: {
            editor.text = "";
            root.editing = "new";
            editor.focusField();
        }
    }
}
