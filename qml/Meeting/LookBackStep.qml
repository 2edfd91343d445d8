import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Step 1: every meeting opens with a look back: what was written last time, how it was
// evaluated, what is still open, and what the adept has shared since.
StepFrame {
    id: root

    readonly property var back: MeetingSession.lookBack

    objectName: "lookBackStep"
    heading: qsTr("Look back")
    intro: !back.hasPrevious ? qsTr("This is the first meeting: there is nothing to look back on yet.")
        //: %1 is the date of the last meeting, e.g. "Tuesday 14 April 2026"
        : back.previousAdHoc ? qsTr("The last meeting, an ad-hoc one, was held on %1.").arg(back.previousText)
        //: %1 is the date of the last meeting, e.g. "Tuesday 14 April 2026"
        : qsTr("The last meeting was held on %1.").arg(back.previousText)
    twoColumns: true

    Card {
        objectName: "previousMinutesCard"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        title: qsTr("Minutes of the last meeting")
        Text {
            Layout.fillWidth: true
            visible: (root.back.minutes || []).length === 0
            text: qsTr("No minutes were written.")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.back.minutes || []
            ColumnLayout {
                id: minutesEntry
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    Layout.fillWidth: true
                    text: minutesEntry.modelData.title
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "previousMinutes_" + minutesEntry.index
                    Layout.fillWidth: true
                    // Minutes are Markdown; images come without their source (never fetched).
                    text: minutesEntry.modelData.body
                    textFormat: Text.MarkdownText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spaceL

        Card {
            objectName: "previousEvaluationsCard"
            Layout.fillWidth: true
            visible: (root.back.evaluations || []).length > 0
            title: qsTr("How it was evaluated")
            Repeater {
                model: root.back.evaluations || []
                ColumnLayout {
                    id: evaluationEntry
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spaceXxs
                    Text {
                        objectName: "previousEvaluation_" + evaluationEntry.index
                        Layout.fillWidth: true
                        //: An earlier evaluation: who, and the rating, e.g. "Karin: 4 of 5"
                        text: qsTr("%1: %2 of 5").arg(evaluationEntry.modelData.title).arg(evaluationEntry.modelData.rating)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: evaluationEntry.modelData.body
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Card {
            objectName: "openActionsCard"
            Layout.fillWidth: true
            title: qsTr("Open action items")
            Text {
                Layout.fillWidth: true
                visible: (root.back.actions || []).length === 0
                text: qsTr("Nothing open.")
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Repeater {
                model: root.back.actions || []
                QQC2.CheckBox {
                    id: box
                    required property var modelData
                    required property int index
                    objectName: "openAction_" + index
                    Layout.fillWidth: true
                    checked: modelData.done
                    text: modelData.body
                    Accessible.name: modelData.body
                    onToggled: MeetingSession.setEarlierActionDone(modelData.itemId, checked)
                    contentItem: Column {
                        Text {
                            width: parent.width
                            leftPadding: box.indicator.width + box.spacing
                            text: box.modelData.body
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.strikeout: box.checked
                            wrapMode: Text.Wrap
                        }
                        Text {
                            width: parent.width
                            leftPadding: box.indicator.width + box.spacing
                            text: [box.modelData.ownerText, box.modelData.dueText].filter(t => !!t).join("  ·  ")
                            color: box.modelData.overdue && !box.checked ? Theme.danger : Theme.textMuted
                            font.pixelSize: Theme.captionSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    Card {
        objectName: "sharedSinceCard"
        Layout.fillWidth: true
        Layout.columnSpan: root.wide ? 2 : 1
        title: qsTr("Shared since")
        Text {
            Layout.fillWidth: true
            visible: (root.back.shared || []).length === 0
            text: qsTr("Nothing was shared since the last meeting.")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.back.shared || []
            ColumnLayout {
                id: sharedEntry
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    Layout.fillWidth: true
                    text: [sharedEntry.modelData.dateText, sharedEntry.modelData.areasText].filter(t => !!t).join("  ·  ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "shared_" + sharedEntry.index
                    Layout.fillWidth: true
                    text: sharedEntry.modelData.excerpt
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: (root.back.sharedCount || 0) > (root.back.shared || []).length
            //: More shared reflections than the look back shows
            text: qsTr("and %n more", "", (root.back.sharedCount || 0) - (root.back.shared || []).length)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
        }
    }
}
