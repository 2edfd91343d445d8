import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// A text edited on two devices at once, both versions side by side (one above the other on a
// phone) with the lines that differ marked; the person keeps this device's version, the other
// device's, or writes a merge. Both stay until then. Closes when nothing is left to compare.
// Shown with open(); closed() asks whoever shows it to hide it.
QQC2.Page {
    id: root

    readonly property bool compact: width < Theme.compactBreakpoint
    property bool merging: false

    signal closed()
    /// A conflict was settled here (the shell says so).
    signal settledOne()

    function settled(ok) {
        if (!ok)
            return;
        merging = false;
        flick.contentY = 0;
        settledOne();
        if (Conflicts.count === 0)
            closed();
    }
    /// Shows the page with the first conflict waiting (or the one shown before, while it waits).
    function open() {
        merging = false;
        Conflicts.clearError();
        Conflicts.reload();
        flick.contentY = 0;
        visible = true;
    }
    function back() {
        if (merging)
            merging = false;
        else
            closed();
    }

    objectName: "conflictPage"
    title: qsTr("Edited on two devices")
    background: Rectangle { color: Theme.background }

    Shortcut {
        sequences: ["Escape"]
        enabled: root.visible
        onActivated: root.back()
    }

    header: QQC2.ToolBar {
        Material.background: Theme.surface
        Material.elevation: 0
        leftPadding: Theme.spaceXs
        rightPadding: Theme.spaceS
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spaceXs
            IconButton {
                objectName: "conflictBack"
                iconName: "back"
                label: root.merging ? qsTr("Back to both versions") : qsTr("Back")
                onClicked: root.back()
            }
            Text {
                Layout.fillWidth: true
                text: root.merging ? qsTr("Edit a merge") : root.title
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spaceL
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceL, (flick.width - width) / 2)
            y: Theme.spaceL
            // Two versions side by side take twice a reading width; one text (the merge) one.
            width: Math.min(flick.width - 2 * Theme.spaceL,
                            root.compact || root.merging ? Theme.readingWidth : 2 * Theme.readingWidth)
            spacing: Theme.spaceM

            ErrorBanner {
                objectName: "conflictError"
                Layout.fillWidth: true
                text: Conflicts.errorText
            }
            Text {
                objectName: "conflictTitle"
                Layout.fillWidth: true
                text: Conflicts.currentTitle
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: Conflicts.currentDetail
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: !root.merging
                text: qsTr("This text was changed on this device and on another one before they synced, and the changes could not be combined. Both versions are kept until you choose.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: Conflicts.count > 1 && !root.merging
                spacing: Theme.spaceS
                Text {
                    Layout.fillWidth: true
                    //: Which of the texts edited on two devices is shown; %1 and %2 are numbers.
                    text: qsTr("%1 of %2").arg(Conflicts.currentIndex + 1).arg(Conflicts.count)
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                AppButton {
                    objectName: "previousConflict"
                    text: qsTr("Previous")
                    enabled: Conflicts.currentIndex > 0
                    onClicked: Conflicts.select(Conflicts.currentIndex - 1)
                }
                AppButton {
                    objectName: "nextConflict"
                    text: qsTr("Next")
                    enabled: Conflicts.currentIndex < Conflicts.count - 1
                    onClicked: Conflicts.select(Conflicts.currentIndex + 1)
                }
            }
            GridLayout {
                objectName: "versions"
                Layout.fillWidth: true
                visible: !root.merging
                columns: root.compact ? 1 : 2
                columnSpacing: Theme.spaceL
                rowSpacing: Theme.spaceM
                VersionPane {
                    objectName: "mineVersion"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("This device")
                    lines: Conflicts.mine
                }
                VersionPane {
                    objectName: "theirsVersion"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("The other device")
                    lines: Conflicts.theirs
                }
            }
            MergeEditor {
                id: mergeEditor
                Layout.fillWidth: true
                visible: root.merging
            }
        }
    }

    footer: Rectangle {
        implicitHeight: buttons.implicitHeight + 2 * Theme.spaceM
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        GridLayout {
            id: buttons
            anchors.fill: parent
            anchors.margins: Theme.spaceM
            anchors.leftMargin: Theme.spaceL
            anchors.rightMargin: Theme.spaceL
            columns: root.compact ? 1 : (root.merging ? 2 : 3)
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS

            AppButton {
                objectName: "keepMine"
                Layout.fillWidth: true
                visible: !root.merging
                text: qsTr("Keep this device's")
                Accessible.description: qsTr("The other device's version is deleted on both devices.")
                onClicked: root.settled(Conflicts.keepMine())
            }
            AppButton {
                objectName: "keepTheirs"
                Layout.fillWidth: true
                visible: !root.merging
                text: qsTr("Keep the other device's")
                Accessible.description: qsTr("This device's version is deleted on both devices.")
                onClicked: root.settled(Conflicts.keepTheirs())
            }
            AppButton {
                objectName: "editMerge"
                Layout.fillWidth: true
                visible: !root.merging
                text: qsTr("Edit a merge")
                onClicked: {
                    root.merging = true;
                    flick.contentY = 0;
                    mergeEditor.start();
                }
            }
            AppButton {
                objectName: "cancelMerge"
                Layout.fillWidth: true
                visible: root.merging
                text: qsTr("Cancel")
                onClicked: root.merging = false
            }
            AppButton {
                objectName: "saveMerge"
                Layout.fillWidth: true
                visible: root.merging
                primary: true
                text: qsTr("Keep this merge")
                onClicked: root.settled(Conflicts.keepMerged(mergeEditor.text))
            }
        }
    }
}
