import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Bollplank.Theme

// The app's window. Its title is the app's name and the section's, never a note's content.
QQC2.ApplicationWindow {
    id: window

    width: 1180
    height: 820
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    color: Theme.background
    title: shell.sectionTitle.length > 0 ? "Bollplank – " + shell.sectionTitle : "Bollplank"
    font.pixelSize: Theme.bodySize

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    AppShell {
        id: shell
        objectName: "appShell"
        anchors.fill: parent
    }
}
