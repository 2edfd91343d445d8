import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Pairing in person, over the whole window: one device shows a code (QR and text), the other
// pastes it; both show the safety number, the people read it aloud, and the device that showed
// the code confirms. The same steps link one's own second device.
QQC2.Popup {
    id: root

    /// Linking one's own device (true) or pairing with the partner (false).
    property bool ownDevice: false
    /// This device enters a code (answers) rather than showing one.
    property bool answering: false
    readonly property bool mentor: Session.role === "mentor"
    /// Whom a partner code may be for, read when the dialog opens: a sync in the background
    /// refreshes Sync.mentorships, which must not reset the person's pick.
    property var choices: []
    /// Somewhere to pair through: the sync server, or this device's direct endpoint.
    readonly property bool reachable: Sync.relayAddress.length > 0 || Sync.directOn
    readonly property string view: Sync.step === Sync.ShowInvite ? "invite"
                                 : Sync.step === Sync.Compare ? "compare"
                                 : Sync.step === Sync.AwaitGrant ? "await"
                                 : Sync.step === Sync.Done ? "done"
                                 : (root.answering ? "enter" : "start")

    function openFor(own) {
        ownDevice = own;
        answering = !own && !mentor;
        codeInput.text = "";
        Sync.clearError();
        Sync.reload();
        choices = Sync.mentorships;
        open();
    }

    objectName: "pairingDialog"
    parent: QQC2.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 400
    height: parent ? parent.height : 600
    modal: true
    padding: 0
    closePolicy: QQC2.Popup.CloseOnEscape
    background: Rectangle { color: Theme.background }
    onClosed: {
        if (Sync.step === Sync.Done)
            Sync.closePairing();
    }

    contentItem: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceS
            Layout.rightMargin: Theme.spaceL
            spacing: Theme.spaceS
            IconButton {
                objectName: "closePairing"
                iconName: "close"
                label: qsTr("Close")
                onClicked: root.close()
            }
            Text {
                Layout.fillWidth: true
                text: root.ownDevice ? qsTr("Link your other device") : root.mentor ? qsTr("Pair with your adept") : qsTr("Pair with your mentor")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: body.implicitHeight + 2 * Theme.spaceL
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            ColumnLayout {
                id: body
                x: Math.max(Theme.spaceL, (flick.width - width) / 2)
                y: Theme.spaceS
                width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
                spacing: Theme.spaceM

                // Start: the issuer makes a code; for one's own device, either side may begin.
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "start"
                    text: root.ownDevice
                          ? qsTr("Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.")
                          : qsTr("Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                // A mentor with several adepts says whom the code is for.
                Text {
                    Layout.fillWidth: true
                    visible: picker.visible
                    text: qsTr("Which adept is this code for?")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                AppComboBox {
                    id: picker
                    objectName: "inviteMentorship"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    visible: root.view === "start" && !root.ownDevice && root.choices.length > 1
                    model: root.choices
                    textRole: "name"
                    valueRole: "id"
                    Accessible.name: qsTr("Which adept is this code for?")
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "start" && !root.reachable
                    text: root.mentor ? qsTr("Enter the sync server's address in Settings, or turn on direct sync on this network, first.")
                                      : qsTr("Enter the sync server's address in Settings first.")
                    color: Theme.warning
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    visible: root.view === "start"
                    spacing: Theme.spaceS
                    AppButton {
                        objectName: "showCode"
                        primary: true
                        text: qsTr("Show a pairing code")
                        enabled: !Sync.busy && root.reachable
                        onClicked: Sync.createInvite(root.ownDevice, picker.visible ? picker.currentValue : "")
                    }
                    AppButton {
                        objectName: "enterCodeInstead"
                        visible: root.ownDevice
                        text: qsTr("Enter a code from the other device")
                        onClicked: root.answering = true
                    }
                }

                // Enter: paste the code (the mobile build scans it with the camera).
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "enter"
                    text: root.ownDevice
                          ? qsTr("On your other device, choose \"Link your other device\" and \"Show a pairing code\". Copy its code and paste it here.")
                          : qsTr("Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                QQC2.TextArea {
                    id: codeInput
                    objectName: "inviteInput"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget * 2
                    visible: root.view === "enter"
                    wrapMode: TextEdit.WrapAnywhere
                    placeholderText: "BOLLPLANK:INVITE:V1:…"
                    font.family: "monospace"
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Pairing code")
                }
                AppButton {
                    objectName: "acceptCode"
                    visible: root.view === "enter"
                    primary: true
                    text: Sync.busy ? qsTr("Connecting…") : qsTr("Continue")
                    enabled: !Sync.busy && codeInput.text.trim().length > 0
                    onClicked: Sync.acceptInvite(codeInput.text)
                }

                // Invite: the QR code, large enough to scan, and the same text to copy.
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "invite"
                    text: qsTr("Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.")
                          + (Sync.directOn ? " " + qsTr("On the same network as this device, it syncs with this device directly.") : "")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Image {
                    objectName: "inviteQr"
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.view === "invite"
                    source: root.view === "invite" ? Sync.inviteQr : ""
                    readonly property int side: Math.min(body.width, 360)
                    Layout.preferredWidth: side
                    Layout.preferredHeight: side
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Pairing code as a QR code")
                }
                TextEdit {
                    id: inviteTextView
                    objectName: "inviteText"
                    Layout.fillWidth: true
                    visible: root.view === "invite"
                    text: Sync.inviteText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.captionSize
                    Accessible.name: qsTr("Pairing code")
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.view === "invite"
                    spacing: Theme.spaceS
                    AppButton {
                        objectName: "copyCode"
                        text: qsTr("Copy code")
                        // Through SecretClipboard: it takes the code back after a minute and on lock.
                        onClicked: SecretClipboard.copy(Sync.inviteText)
                    }
                    Text {
                        id: copied
                        objectName: "codeCopied"
                        Layout.fillWidth: true
                        visible: SecretClipboard.holding
                        text: qsTr("Copied. The clipboard is cleared in a minute, or when the journal locks.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.Wrap
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.view === "invite" || root.view === "await"
                    spacing: Theme.spaceS
                    QQC2.BusyIndicator {
                        implicitWidth: Theme.touchTarget
                        implicitHeight: Theme.touchTarget
                        running: visible
                    }
                    Text {
                        objectName: "waitingText"
                        Layout.fillWidth: true
                        text: root.view === "invite"
                              ? qsTr("Waiting for the other device to enter the code…")
                              : qsTr("Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                }

                // Compare: the safety number, then confirm or stop.
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "compare" || root.view === "await"
                    text: qsTr("Safety number")
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: root.view === "compare"
                    text: qsTr("Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                SafetyNumberView {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignHCenter
                    visible: root.view === "compare" || root.view === "await"
                    groups: Sync.safetyGroups
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceS
                    visible: root.view === "compare" || root.view === "await"
                    spacing: Theme.spaceS
                    AppButton {
                        objectName: "confirmSafety"
                        visible: root.view === "compare"
                        primary: true
                        enabled: !Sync.busy
                        text: qsTr("The numbers match")
                        onClicked: Sync.confirm()
                    }
                    AppButton {
                        objectName: "rejectSafety"
                        text: qsTr("The numbers differ")
                        onClicked: {
                            Sync.reject();
                            root.close();
                        }
                    }
                }

                // Done.
                Text {
                    objectName: "pairedText"
                    Layout.fillWidth: true
                    visible: root.view === "done"
                    text: root.ownDevice ? qsTr("Linked. Both devices now sync your notes.")
                                         : qsTr("Paired. Shared notes now sync between you, end-to-end encrypted.")
                    color: Theme.text
                    font.pixelSize: Theme.bodyLargeSize
                    wrapMode: Text.Wrap
                }
                // The first sync starts at once; linking a device to a long journal takes a while.
                SyncProgressView {
                    Layout.fillWidth: true
                    visible: root.view === "done" && Sync.progressExpected > 0
                }
                AppButton {
                    objectName: "donePairing"
                    visible: root.view === "done"
                    primary: true
                    text: qsTr("Done")
                    onClicked: root.close()
                }

                ErrorBanner {
                    objectName: "pairingError"
                    Layout.fillWidth: true
                    text: Sync.errorText
                }
            }
        }
    }
}
