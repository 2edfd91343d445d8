// No "pragma ComponentBehavior: Bound" here: in Qt 6.4 it left the section delegate without
// its section text, and the month headings of the journal vanished.
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The list pane: search, filters, and the reflections grouped by month. Rows come from the
// core a page at a time as the list scrolls.
QQC2.Page {
    id: root

    property bool compact: false
    property string selectedId
    property bool filtersOpen: false

    signal opened(string id)
    signal newRequested()

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }

    background: Rectangle { color: Theme.background }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceL
        rightPadding: Theme.spaceXs
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spaceXs
            Text {
                Layout.fillWidth: true
                text: qsTr("Journal")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            IconButton {
                objectName: "filterButton"
                iconName: "filter"
                label: qsTr("Filters")
                checkable: true
                checked: root.filtersOpen
                icon.color: Journal.filtered ? Theme.primary : Theme.text
                onClicked: root.filtersOpen = !root.filtersOpen
            }
            IconButton {
                objectName: "newReflectionButton"
                iconName: "add"
                label: qsTr("New reflection")
                onClicked: root.newRequested()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QQC2.TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceL
            Layout.rightMargin: Theme.spaceL
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Search the journal")
            Accessible.name: qsTr("Search the journal")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: Journal.searchText
            onTextEdited: searchDelay.restart()
            Keys.onEscapePressed: {
                text = "";
                Journal.searchText = "";
            }
            Timer {
                id: searchDelay
                interval: 250
                onTriggered: Journal.searchText = search.text
            }
        }
        FilterPanel {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceL
            Layout.rightMargin: Theme.spaceL
            visible: root.filtersOpen
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceL
            Layout.rightMargin: Theme.spaceL
            Layout.topMargin: Theme.spaceS
            visible: Journal.filtered
            text: qsTr("%n matching reflection(s)", "", Journal.model.totalMatching)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "journalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Journal.model
            reuseItems: true
            cacheBuffer: 400
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Reflections")
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            section.property: "monthText"
            section.criteria: ViewSection.FullString
            section.delegate: SectionHeading {
                required property string section
                width: ListView.view.width
                leftPadding: Theme.spaceL
                rightPadding: Theme.spaceL
                text: section
            }
            delegate: ReflectionDelegate {
                id: row
                width: ListView.view.width
                selected: !root.compact && row.reflectionId === root.selectedId
                onClicked: root.opened(row.reflectionId)
            }
            // Read ahead: the next page arrives while two screens of rows are still to go.
            onContentYChanged: if (contentY + 3 * height > contentHeight) Journal.model.loadMore()
            Keys.onReturnPressed: if (currentIndex >= 0) root.opened(Journal.model.idAt(currentIndex))

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spaceXl
                visible: list.count === 0
                title: Journal.filtered ? qsTr("Nothing matches") : qsTr("No reflections yet")
                message: Journal.filtered ? qsTr("Try other words or clear the filters.")
                                          : qsTr("Tap + to write your first one.")
            }
        }
    }
}
