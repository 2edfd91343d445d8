import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App
import Bollplank.Sync

// Settings: language, theme, lock timeout, passphrase, reminders, sync.
QQC2.Page {
    id: root

    objectName: "settingsPage"
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }

    header: QQC2.ToolBar {
        Material.background: Theme.background
        Material.elevation: 0
        leftPadding: Theme.spaceL
        Text {
            anchors.fill: parent
            text: qsTr("Settings")
            color: Theme.text
            font.pixelSize: Theme.headlineSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
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
            y: Theme.spaceS
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
            spacing: Theme.spaceL

            Card {
                Layout.fillWidth: true
                title: qsTr("Appearance")
                ChoiceRow {
                    objectName: "language"
                    Layout.fillWidth: true
                    label: qsTr("Language")
                    value: AppSettings.language
                    choices: [
                        { value: "system", text: qsTr("Same as the system") },
                        // Language names are written in their own language, so anyone can find theirs.
                        { value: "sv", text: "Svenska" },
                        { value: "en", text: "English" }
                    ]
                    onChosen: v => AppSettings.language = v
                }
                ChoiceRow {
                    objectName: "theme"
                    Layout.fillWidth: true
                    label: qsTr("Theme")
                    value: AppSettings.theme
                    choices: [
                        { value: "system", text: qsTr("Same as the system") },
                        { value: "light", text: qsTr("Light") },
                        { value: "dark", text: qsTr("Dark") }
                    ]
                    onChosen: v => AppSettings.theme = v
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Security")
                ChoiceRow {
                    objectName: "lockTimeout"
                    Layout.fillWidth: true
                    label: qsTr("Lock after this long without use")
                    value: AppSettings.lockTimeoutMinutes
                    choices: Array.from(AppSettings.lockTimeoutChoices).map(m => ({ value: m, text: qsTr("%n minute(s)", "", m) }))
                    onChosen: v => AppSettings.lockTimeoutMinutes = v
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The journal also locks when the app goes to the background.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                AppButton {
                    objectName: "changePassphraseButton"
                    Layout.minimumHeight: Theme.touchTarget
                    text: qsTr("Change passphrase")
                    Accessible.name: text
                    onClicked: passphraseDialog.open()
                }
                AppButton {
                    objectName: "forgetDeviceButton"
                    Layout.minimumHeight: Theme.touchTarget
                    visible: Session.rememberedOnDevice

                    text: qsTr("Stop remembering the journal on this device")
                    Accessible.name: text
                    onClicked: Session.forgetOnDevice()
                }
                // What forgetting could not do (the key store refused) is said here, not swallowed.
                ErrorBanner {
                    objectName: "sessionError"
                    Layout.fillWidth: true
                    text: passphraseDialog.opened ? "" : Session.errorText
                }
                AppButton {
                    objectName: "lockNowButton"
                    Layout.minimumHeight: Theme.touchTarget

                    text: qsTr("Lock now")
                    Accessible.name: text
                    onClicked: Session.lock()
                }
            }

            Card {
                objectName: "remindersCard"
                Layout.fillWidth: true
                title: qsTr("Reminders")
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Reminders show only the time and the kind of reminder, never anything you have written.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    key: "meetingDayBefore"
                    text: qsTr("Meeting: the day before")
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    key: "meetingHourBefore"
                    text: qsTr("Meeting: an hour before")
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    key: "prepare"
                    text: qsTr("Prepare for the meeting")
                    detail: Reminders.mentor
                            ? qsTr("%n day(s) before: read what your adept has shared.", "", Reminders.prepareDays)
                            : qsTr("%n day(s) before: choose focus areas and share reflections.", "", Reminders.prepareDays)
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    visible: !Reminders.mentor
                    key: "reflect"
                    text: qsTr("A nudge to reflect between meetings")
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    visible: Reminders.mentor
                    key: "unbooked"
                    text: qsTr("No next meeting booked with an adept")
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    visible: Reminders.mentor
                    key: "request"
                    text: qsTr("An adept asks for an extra meeting")
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    key: "quietHours"
                    text: qsTr("Quiet hours")
                    detail: qsTr("No reminders show then; they wait until the quiet hours end.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: Reminders.quietHours
                    spacing: Theme.spaceM
                    ChoiceRow {
                        objectName: "quietFrom"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("From")
                        value: Reminders.quietFrom
                        choices: Array.from(Reminders.timeChoices).map(t => ({ value: t, text: t }))
                        onChosen: v => Reminders.setQuietTimes(v, Reminders.quietTo)
                    }
                    ChoiceRow {
                        objectName: "quietTo"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        label: qsTr("Until")
                        value: Reminders.quietTo
                        choices: Array.from(Reminders.timeChoices).map(t => ({ value: t, text: t }))
                        onChosen: v => Reminders.setQuietTimes(Reminders.quietFrom, v)
                    }
                }
                ReminderSwitch {
                    Layout.fillWidth: true
                    key: "discreet"
                    text: qsTr("Discreet")
                    detail: Reminders.mentor
                            ? qsTr("Leave out the adept's name and the place: only \"Mentorship meeting\" and the time.")
                            : qsTr("Leave out your mentor's name and the place: only \"Mentorship meeting\" and the time.")
                }
                ErrorBanner {
                    objectName: "remindersError"
                    Layout.fillWidth: true
                    text: Reminders.errorText
                }
            }
            Card {
                Layout.fillWidth: true
                title: qsTr("Sync")
                SyncSection {
                    Layout.fillWidth: true
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Signed in as %1").arg(Session.displayName)
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
    }

    ChangePassphraseDialog {
        id: passphraseDialog
        parent: QQC2.Overlay.overlay
    }
}
