import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// A text box with Save and Cancel, for a comment or a note.
ColumnLayout {
    id: root

    property alias text: field.text
    property string placeholder
    property string saveText: qsTr("Save")
    property string namePrefix: "comment"
    /// Where unsaved text is kept while the editor is open (drafts.h); "" keeps none.
    property string draftKey

    signal save(string text)
    signal cancel()

    function focusField() {
        field.forceActiveFocus();
    }
    function keepDraft() {
        if (visible && draftKey.length > 0 && field.text.length > 0)
            Drafts.keep(draftKey, { text: field.text });
    }
    function finish(saved) {
        if (draftKey.length > 0)
            Drafts.discard(draftKey);
        if (saved)
            root.save(field.text);
        else
            root.cancel();
    }

    // Opening the editor brings back what was typed in it before the app lost it from view.
    onDraftKeyChanged: {
        if (draftKey.length === 0)
            return;
        const draft = Drafts.find(draftKey);
        if (draft.text !== undefined)
            field.text = draft.text;
    }

    Connections {
        target: Drafts
        function onKeepNow() {
            root.keepDraft();
        }
    }

    spacing: Theme.spaceS

    QQC2.TextArea {
        id: field
        objectName: root.namePrefix + "Field"
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        wrapMode: TextEdit.Wrap
        placeholderText: root.placeholder
        Accessible.name: root.placeholder
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                root.finish(true);
                event.accepted = true;
            } else if (event.key === Qt.Key_Escape) {
                root.finish(false);
                event.accepted = true;
            }
        }
        onActiveFocusChanged: if (!activeFocus) root.keepDraft()
    }
    RowLayout {
        Layout.alignment: Qt.AlignRight
        spacing: Theme.spaceS
        AppButton {
            objectName: root.namePrefix + "Cancel"
            text: qsTr("Cancel")
            onClicked: root.finish(false)
        }
        AppButton {
            objectName: root.namePrefix + "Save"
            primary: true
            enabled: field.text.trim().length > 0
            text: root.saveText
            onClicked: root.finish(true)
        }
    }
}
