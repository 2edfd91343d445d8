import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.App

// Writing the merge of two versions: a text that starts with both in it (the lines they share
// once, then where they differ this device's lines and the other device's), to edit down.
ColumnLayout {
    id: root

    property alias text: area.text

    /// Fills the editor with both versions again.
    function start() {
        area.text = Conflicts.mergeDraft();
        area.cursorPosition = 0;
        area.forceActiveFocus();
    }

    spacing: Theme.spaceS

    Text {
        Layout.fillWidth: true
        text: qsTr("Both versions are in the text below: the lines they share once, and where they differ, this device's lines first and then the other device's. Keep what you want and delete the rest.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    QQC2.TextArea {
        id: area
        objectName: "mergeText"
        Layout.fillWidth: true
        Layout.minimumHeight: 240
        wrapMode: TextEdit.Wrap
        textFormat: TextEdit.PlainText
        font.pixelSize: Theme.bodyLargeSize
        Accessible.name: qsTr("The merged text")
    }
}
