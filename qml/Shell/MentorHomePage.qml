import QtQuick
import QtQuick.Controls as QQC2
import Bollplank.Theme
import Bollplank.Components

// The mentor's start page. The mentor's review of adepts arrives with the next issue; this is
// where it slots in.
QQC2.Page {
    id: root

    objectName: "mentorHomePage"
    title: qsTr("Adepts")
    background: Rectangle { color: Theme.background }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        title: qsTr("No adepts yet")
        message: qsTr("When an adept pairs with you, what they share and your notes about them show up here.")
    }
}
