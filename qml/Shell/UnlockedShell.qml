pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.Journal
import Bollplank.MeetingPrep
import Bollplank.Meetings
import Bollplank.Settings
import Bollplank.Mentor
import Bollplank.Conflicts
import Bollplank.App

// The unlocked app: a navigation rail beside the pages on a tablet or desktop, a bottom bar
// under them on a phone; desktop shortcuts; the undo bar for deletions.
Item {
    id: root

    readonly property bool compact: width < Theme.compactBreakpoint
    readonly property bool mentor: Session.role === "mentor"
    readonly property var sections: mentor
        ? [{ key: "adepts", icon: "journal", text: qsTr("Adepts") },
           { key: "meetings", icon: "calendar", text: qsTr("Meetings") },
           { key: "settings", icon: "settings", text: qsTr("Settings") }]
        : [{ key: "journal", icon: "journal", text: qsTr("Journal") },
           { key: "meeting", icon: "meeting", text: qsTr("Next meeting") },
           { key: "mentorship", icon: "shared", text: qsTr("Mentorship") },
           { key: "meetings", icon: "calendar", text: qsTr("Meetings") },
           { key: "settings", icon: "settings", text: qsTr("Settings") }]
    property string section: mentor ? "adepts" : "journal"
    readonly property string sectionTitle: {
        const s = sections.find(x => x.key === section);
        return s ? s.text : "";
    }
    readonly property Item journalPage: journal

    function showScreen(name) {
        soundingBoard.close();
        if (name === "conflicts") {
            conflictView.open();
            return;
        }
        conflictView.visible = false;
        if (name === "journal" || name === "reader") {
            section = "journal";
            journal.editing = false;
            if (name === "reader" && journal.selectedId.length === 0 && Journal.model.count > 0)
                journal.show(Journal.model.idAt(0));
            if (name === "journal" && journal.compact)
                journal.selectedId = "";
        } else if (name === "editor") {
            section = "journal";
            journal.newReflection();
        } else if (name === "adepts") {
            section = "adepts";
            mentorHome.showHome();
        } else if (name.startsWith("adept:")) {
            // "adept:<tab>": the first adept on the home page (the one most in need), on that tab.
            section = "adepts";
            if (MentorHome.adepts.length > 0)
                mentorHome.showAdept(MentorHome.adepts[0].mentorshipId, name.slice(6));
        } else if (name === "newmentorship") {
            if (mentor) {
                section = "adepts";
                mentorHome.showHome();
                mentorHome.openNewMentorship();
            } else {
                section = "mentorship";
                mentorshipPage.openNewMentorship();
            }
        } else if (name.startsWith("mentorship:")) {
            section = "mentorship";
            mentorshipPage.showTab(name.slice(11));
        } else if (name === "soundingboard") {
            section = "meeting";
            soundingBoard.open();
        } else {
            section = name;
        }
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: !root.mentor
        onActivated: root.showScreen("editor")
    }
    Shortcut {
        sequences: [StandardKey.Find]
        enabled: !root.mentor
        onActivated: {
            root.section = "journal";
            journal.focusSearch();
        }
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: Session.lock()
    }
    Repeater {
        model: root.sections
        Item {
            id: shortcutHolder
            required property var modelData
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (shortcutHolder.index + 1)
                onActivated: root.section = shortcutHolder.modelData.key
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: rail.implicitWidth + 2 * Theme.spaceS
            visible: !root.compact
            color: Theme.surface
            ColumnLayout {
                id: rail
                anchors.top: parent.top
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.topMargin: Theme.spaceL
                spacing: Theme.spaceS
                Repeater {
                    model: root.sections
                    NavButton {
                        required property var modelData
                        objectName: "nav_" + modelData.key
                        text: modelData.text
                        iconName: modelData.icon
                        current: root.section === modelData.key
                        onClicked: root.section = modelData.key
                    }
                }
            }
            IconButton {
                objectName: "lockButton"
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: Theme.spaceL
                iconName: "lock"
                label: qsTr("Lock")
                onClicked: Session.lock()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Texts edited on two devices at once wait to be compared: said where the person
            // starts, the journal or the list of adepts.
            ConflictBanner {
                Layout.fillWidth: true
                visible: Conflicts.count > 0 && (root.section === "journal" || root.section === "adepts")
                onCompareRequested: root.showScreen("conflicts")
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // In the order of the pages below; a mentor has no journal or meeting preparation.
                currentIndex: ["journal", "meeting", "settings", "adepts", "mentorship", "meetings"].indexOf(root.section)
                JournalPage {
                    id: journal
                    visible: !root.mentor
                }
                MeetingPrepPage {
                    id: meeting
                }
                SettingsPage {}
                MentorHomePage {
                    id: mentorHome
                }
                MentorshipPage {
                    id: mentorshipPage
                }
                MeetingsPage {}
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: bottomBar.implicitHeight + Theme.spaceS
                visible: root.compact
                color: Theme.surface
                Rectangle {
                    anchors.top: parent.top
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
                RowLayout {
                    id: bottomBar
                    anchors.fill: parent
                    anchors.topMargin: Theme.spaceXs
                    spacing: 0
                    Repeater {
                        model: root.sections
                        NavButton {
                            required property var modelData
                            objectName: "bottom_" + modelData.key
                            Layout.fillWidth: true
                            text: modelData.text
                            iconName: modelData.icon
                            current: root.section === modelData.key
                            onClicked: root.section = modelData.key
                        }
                    }
                    IconButton {
                        objectName: "lockButtonCompact"
                        iconName: "lock"
                        label: qsTr("Lock")
                        onClicked: Session.lock()
                    }
                }
            }
        }
    }

    // Over the whole window, navigation too: the page has its own way back.
    ConflictPage {
        id: conflictView
        objectName: "conflictView"
        anchors.fill: parent
        z: 10
        visible: false
        onClosed: visible = false
        onSettledOne: snackbar.show(qsTr("Kept. Your other devices get it when they sync."), "")
    }

    SoundingBoardDialog {
        id: soundingBoard
        objectName: "soundingBoardShortcutDialog"
        parent: QQC2.Overlay.overlay
    }

    Snackbar {
        id: snackbar
        objectName: "snackbar"
        parent: QQC2.Overlay.overlay
        onActionTriggered: {
            const id = Journal.undoRemove();
            if (id.length > 0)
                journal.show(id);
        }
    }
    Connections {
        target: Journal
        function onRemoved() {
            snackbar.show(qsTr("Reflection deleted"), qsTr("Undo"));
        }
    }
}
