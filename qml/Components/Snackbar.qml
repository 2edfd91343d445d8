import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme

// A short message at the bottom with an optional action (e.g. "Undo"), gone after a while.
QQC2.Popup {
    id: root

    property string message
    property string actionText
    signal actionTriggered()

    function show(text, action) {
        message = text;
        actionText = action || "";
        open();
        hideTimer.restart();
    }

    x: (parent ? (parent.width - width) / 2 : 0)
    y: (parent ? parent.height - height - Theme.spaceXl - 56 : 0)
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 400, 560)
    padding: Theme.spaceS
    leftPadding: Theme.spaceL
    closePolicy: QQC2.Popup.CloseOnEscape
    modal: false
    focus: false

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.dark ? "#e7e9e6" : "#2b2f2d"
    }

    contentItem: RowLayout {
        spacing: Theme.spaceS
        Text {
            Layout.fillWidth: true
            text: root.message
            color: Theme.dark ? "#1d1f1e" : "#f2f3f1"
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        QQC2.Button {
            objectName: "snackbarAction"
            visible: root.actionText.length > 0
            text: root.actionText
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            palette.buttonText: Theme.dark ? Theme.primaryContainer : "#8fd1b8"
            Accessible.name: text
            onClicked: {
                root.actionTriggered();
                root.close();
            }
        }
    }

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: root.close()
    }
}
