import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Sets the meeting rhythm: a weekday each month ("the first Tuesday"), every few weeks on a
// weekday, or an iCalendar rule as written; the first meeting's date and time, the length and
// the time zone. The words under it say what the rhythm means before it is saved.
QQC2.Dialog {
    id: root

    readonly property var form: ({
        pattern: patternCombo.currentValue,
        ordinal: ordinalCombo.currentValue,
        weekday: weekdayCombo.currentValue,
        interval: intervalCombo.currentIndex + 1,
        rule: ruleField.text,
        year: picker.year,
        month: picker.month,
        day: picker.day,
        hour: picker.hour,
        minute: picker.minute,
        zone: zoneField.text,
        duration: durationCombo.currentValue
    })

    /// The rhythm as stored, as a plain object.
    readonly property var savedForm: Meetings.rhythmForm

    function openWithCurrent() {
        const f = root.savedForm;
        Meetings.clearError();
        patternCombo.currentIndex = Math.max(0, patternCombo.indexOfValue(f.pattern));
        ordinalCombo.currentIndex = Math.max(0, ordinalCombo.indexOfValue(f.ordinal));
        weekdayCombo.currentIndex = Math.max(0, weekdayCombo.indexOfValue(f.weekday));
        intervalCombo.currentIndex = Math.max(0, Math.min(f.interval, 8) - 1);
        ruleField.text = f.rule;
        picker.setTo(f.year, f.month, f.day, f.hour, f.minute);
        zoneField.text = f.zone;
        durationCombo.currentIndex = Math.max(0, durationCombo.indexOfValue(f.duration));
        open();
    }

    objectName: "rhythmDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    height: Math.min(parent ? parent.height - 2 * Theme.spaceL : 700, implicitHeight)
    title: qsTr("Meeting rhythm")

    Flickable {
        id: flick
        anchors.fill: parent
        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spaceS

            Text {
                Layout.fillWidth: true
                text: qsTr("How often")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            AppComboBox {
                id: patternCombo
                objectName: "patternCombo"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "monthly", text: qsTr("On a weekday each month") },
                    { value: "weekly", text: qsTr("Every few weeks") },
                    { value: "custom", text: qsTr("A rule as written (iCalendar)") }
                ]
                Accessible.name: qsTr("How often")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceS
                AppComboBox {
                    id: ordinalCombo
                    objectName: "ordinalCombo"
                    Layout.fillWidth: true
                    visible: patternCombo.currentValue === "monthly"
                    textRole: "text"
                    valueRole: "value"
                    model: Meetings.ordinalChoices
                    Accessible.name: qsTr("Which one in the month")
                }
                AppComboBox {
                    id: intervalCombo
                    objectName: "intervalCombo"
                    Layout.fillWidth: true
                    visible: patternCombo.currentValue === "weekly"
                    model: Array.from({ length: 8 }, (_, i) => qsTr("Every %n week(s)", "", i + 1))
                    Accessible.name: qsTr("How many weeks apart")
                }
                AppComboBox {
                    id: weekdayCombo
                    objectName: "weekdayCombo"
                    Layout.fillWidth: true
                    visible: patternCombo.currentValue !== "custom"
                    textRole: "text"
                    valueRole: "value"
                    model: Meetings.weekdayChoices
                    Accessible.name: qsTr("Weekday")
                }
            }
            QQC2.TextField {
                id: ruleField
                objectName: "ruleField"
                Layout.fillWidth: true
                visible: patternCombo.currentValue === "custom"
                placeholderText: "FREQ=MONTHLY;BYDAY=1TU"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Rule")
            }
            Text {
                Layout.fillWidth: true
                text: patternCombo.currentValue === "custom"
                      ? qsTr("The first meeting is on the date below; the rule gives the rest.")
                      : qsTr("The first meeting is the first day on or after the date below that fits.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            DateTimePicker {
                id: picker
                Layout.fillWidth: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Length")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            AppComboBox {
                id: durationCombo
                objectName: "durationCombo"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: Meetings.durationChoices
                Accessible.name: qsTr("Length")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Time zone")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            QQC2.TextField {
                id: zoneField
                objectName: "zoneField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Time zone")
            }
            Text {
                objectName: "rhythmPreview"
                Layout.fillWidth: true
                readonly property string description: Meetings.describeRhythm(root.form)
                visible: description.length > 0
                text: description
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            ErrorBanner {
                objectName: "rhythmError"
                Layout.fillWidth: true
                text: Meetings.errorText
            }
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            objectName: "rhythmCancel"
            text: qsTr("Cancel")
            flat: true
            Accessible.name: text
            onClicked: root.close()
        }
        QQC2.Button {
            objectName: "rhythmSave"
            text: qsTr("Save rhythm")
            flat: true
            Accessible.name: text
            onClicked: if (Meetings.saveRhythm(root.form)) root.close()
        }
    }
}
