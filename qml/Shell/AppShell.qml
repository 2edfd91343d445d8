import QtQuick
import QtQuick.Controls.Material
import Bollplank.Theme
import Bollplank.Lock
import Bollplank.App

// Everything inside the window: first run, unlock, or the unlocked app, by the session's state.
Item {
    id: root

    readonly property string sectionTitle: unlocked.item ? unlocked.item.sectionTitle : ""
    readonly property var unlockedShell: unlocked.item

    /// For tests and the screenshot program: "journal", "reader", "editor", "meeting",
    /// "soundingboard" or "settings".
    function showScreen(name) {
        if (unlocked.item)
            unlocked.item.showScreen(name);
    }

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    Loader {
        anchors.fill: parent
        active: Session.state === Session.FirstRun
        sourceComponent: FirstRunPage {}
    }
    Loader {
        anchors.fill: parent
        active: Session.state === Session.Locked
        sourceComponent: UnlockPage {}
    }
    Loader {
        id: unlocked
        anchors.fill: parent
        active: Session.state === Session.Unlocked
        sourceComponent: UnlockedShell {}
    }
}
