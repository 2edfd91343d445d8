import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// A text box with Save and Cancel, for a comment or a note.
ColumnLayout {
    id: root

    property alias text: field.text
    property string placeholder
    property string saveText: qsTr("Save")
    property string namePrefix: "comment"

    signal save(string text)
    signal cancel()

    function focusField() {
        field.forceActiveFocus();
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
                root.save(field.text);
                event.accepted = true;
            } else if (event.key === Qt.Key_Escape) {
                root.cancel();
                event.accepted = true;
            }
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignRight
        spacing: Theme.spaceS
        AppButton {
            objectName: root.namePrefix + "Cancel"
            text: qsTr("Cancel")
            onClicked: root.cancel()
        }
        AppButton {
            objectName: root.namePrefix + "Save"
            primary: true
            enabled: field.text.trim().length > 0
            text: root.saveText
            onClicked: root.save(field.text)
        }
    }
}
