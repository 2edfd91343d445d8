pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The meetings of a mentorship: the rhythm, its next occurrences (moved and cancelled ones
// marked, each can be moved, cancelled or restored), booked and held meetings, and the
// calendar file. A mentor picks which adept's meetings to see.
QQC2.Page {
    id: root

    readonly property bool twoColumns: width >= 1000

    /// What the save dialog calls; tests call it with a path of their own.
    function saveCalendar(fileUrl) {
        return Meetings.exportTo(fileUrl.toString());
    }
    function importCalendar(fileUrl) {
        return Meetings.importFrom(fileUrl.toString());
    }

    objectName: "meetingsPage"
    // Time moves on while the app is open: show what is next now.
    onVisibleChanged: if (visible) Meetings.refresh()
    title: qsTr("Meetings")
    background: Rectangle { color: Theme.background }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceL
        rightPadding: Theme.spaceL
        implicitHeight: Math.max(56, headerRow.implicitHeight + Theme.spaceS)
        RowLayout {
            id: headerRow
            anchors.fill: parent
            spacing: Theme.spaceM
            Text {
                Layout.fillWidth: true
                text: Meetings.partnerName.length > 0 ? qsTr("Meetings with %1").arg(Meetings.partnerName) : qsTr("Meetings")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            AppComboBox {
                objectName: "mentorshipCombo"
                visible: Session.role === "mentor" && Meetings.mentorships.length > 1
                Layout.preferredWidth: Math.min(220, root.width / 3)
                textRole: "name"
                valueRole: "id"
                model: Meetings.mentorships
                currentIndex: count > 0 ? Math.max(0, indexOfValue(Meetings.mentorshipId)) : -1
                Accessible.name: qsTr("Adept")
                onActivated: Meetings.selectMentorship(currentValue)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        visible: !Meetings.hasMentorship
        title: qsTr("No mentorship yet")
        message: qsTr("When the mentorship has started, its meeting rhythm and the next meetings show up here.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: Meetings.hasMentorship
        contentWidth: width
        contentHeight: grid.implicitHeight + 2 * Theme.spaceL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        GridLayout {
            id: grid
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Theme.spaceS
            width: Math.min(flick.width - 2 * Theme.spaceL, root.twoColumns ? 1200 : Theme.readingWidth)
            columns: root.twoColumns ? 2 : 1
            columnSpacing: Theme.spaceL
            rowSpacing: Theme.spaceL

            Card {
                objectName: "occurrencesCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                // Beside the rest on a wide screen; under the rhythm on a phone.
                Layout.row: root.twoColumns ? 0 : 1
                Layout.column: 0
                Layout.rowSpan: root.twoColumns ? 4 : 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Next meetings")

                Text {
                    Layout.fillWidth: true
                    visible: Meetings.occurrences.length === 0
                    text: Meetings.hasSeries ? qsTr("The rhythm gives no more meetings.") : qsTr("Set a rhythm to see the next meetings.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: Meetings.occurrences
                    ColumnLayout {
                        id: entry
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        Rectangle {
                            Layout.fillWidth: true
                            visible: entry.index > 0
                            implicitHeight: 1
                            color: Theme.divider
                        }
                        OccurrenceRow {
                            objectName: "occurrence_" + entry.index
                            Layout.fillWidth: true
                            occurrence: entry.modelData
                            index: entry.index
                            wide: (root.twoColumns ? grid.width / 2 : grid.width) >= 560
                            onMoveRequested: moveDialog.openFor(entry.modelData)
                            onCancelRequested: Meetings.cancelOccurrence(entry.modelData.key)
                            onRestoreRequested: Meetings.restoreOccurrence(entry.modelData.key)
                        }
                    }
                }
            }

            RhythmCard {
                Layout.row: 0
                Layout.column: root.twoColumns ? 1 : 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEditRequested: rhythmDialog.openWithCurrent()
            }

            Card {
                objectName: "bookedCard"
                Layout.row: root.twoColumns ? 1 : 2
                Layout.column: root.twoColumns ? 1 : 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Booked meetings")
                Text {
                    Layout.fillWidth: true
                    visible: Meetings.booked.length === 0
                    text: qsTr("No single meetings booked ahead.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: Meetings.booked
                    MeetingRow {
                        required property var modelData
                        Layout.fillWidth: true
                        meeting: modelData
                    }
                }
            }

            Card {
                objectName: "heldCard"
                Layout.row: root.twoColumns ? 2 : 3
                Layout.column: root.twoColumns ? 1 : 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Held meetings")
                Text {
                    Layout.fillWidth: true
                    visible: Meetings.held.length === 0
                    text: qsTr("No meetings held yet.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: Meetings.held
                    MeetingRow {
                        required property var modelData
                        Layout.fillWidth: true
                        meeting: modelData
                    }
                }
            }

            CalendarCard {
                Layout.row: root.twoColumns ? 3 : 4
                Layout.column: root.twoColumns ? 1 : 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onExportRequested: {
                    exportDialog.selectedFile = Meetings.suggestedFileUrl;
                    exportDialog.open();
                }
                onImportRequested: importDialog.open()
            }
        }
    }

    MoveDialog {
        id: moveDialog
        parent: QQC2.Overlay.overlay
    }
    RhythmDialog {
        id: rhythmDialog
        parent: QQC2.Overlay.overlay
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the meetings")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        currentFolder: Meetings.documentsFolder
        nameFilters: [qsTr("Calendar files (*.ics)")]
        onAccepted: root.saveCalendar(selectedFile)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import a meeting invitation")
        fileMode: FileDialog.OpenFile
        currentFolder: Meetings.documentsFolder
        nameFilters: [qsTr("Calendar files (*.ics)"), qsTr("All files (*)")]
        onAccepted: root.importCalendar(selectedFile)
    }

    NoticeBar {
        id: snackbar
    }
    Connections {
        target: Meetings
        function onNotice(text) {
            snackbar.show(text);
        }
    }
}
