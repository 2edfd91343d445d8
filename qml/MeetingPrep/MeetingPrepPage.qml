import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.Journal
import Bollplank.App

// Before the next meeting: when and where, the focus areas to bring, open action items, what
// has been shared since last time, and "I need a sounding board".
QQC2.Page {
    id: root

    readonly property bool twoColumns: width >= 1000

    objectName: "meetingPrepPage"
    title: qsTr("Next meeting")
    background: Rectangle { color: Theme.background }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceL
        Text {
            anchors.fill: parent
            text: qsTr("Before the next meeting")
            color: Theme.text
            font.pixelSize: Theme.headlineSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        visible: !MeetingPrep.hasMentorship
        title: qsTr("No mentorship yet")
        message: qsTr("When you and your mentor have connected, your meetings and action items show up here.")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: MeetingPrep.hasMentorship
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

            ErrorBanner {
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
                text: MeetingPrep.errorText
            }
            NextMeetingCard {
                Layout.fillWidth: true
                // Equal preferred widths share two columns evenly.
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            Card {
                Layout.fillWidth: true
                // Equal preferred widths share two columns evenly.
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                visible: MeetingPrep.hasNextMeeting
                title: qsTr("What do you want to talk about?")
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Choose the focus areas for this meeting. Your mentor sees your choice.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                FocusAreaPicker {
                    Layout.fillWidth: true
                    title: ""
                    namePrefix: "meetingFocus"
                    chosen: MeetingPrep.chosenAreas
                    onChangedByUser: (areaId, isChosen) => MeetingPrep.setAreaChosen(areaId, isChosen)
                }
            }
            ActionItemsCard {
                Layout.fillWidth: true
                // Equal preferred widths share two columns evenly.
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            SharedSinceCard {
                Layout.fillWidth: true
                // Equal preferred widths share two columns evenly.
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
            }
            SoundingBoardCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.columnSpan: grid.columns
            }
        }
    }
}
