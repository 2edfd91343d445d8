import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// First run: choose role and name, set a passphrase (with strength feedback and the plain
// warning that it cannot be recovered), then create the encrypted profile.
LockLayout {
    id: root

    readonly property int strength: Session.passphraseStrength(passphrase.text)
    readonly property bool matches: passphrase.text === confirm.text
    readonly property bool ready: nameField.text.trim().length > 0
                                  && strength >= Session.minimumStrength() && matches
                                  && understood.checked && !Session.busy

    objectName: "firstRunPage"
    title: qsTr("Welcome to Bollplank")

    AppIcon {
        Layout.alignment: Qt.AlignHCenter
        iconName: "bollplank"
        color: "transparent"
        sourceSize.width: 72
        sourceSize.height: 72
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Welcome to Bollplank")
        color: Theme.text
        font.pixelSize: Theme.headlineSize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("A private journal for your mentorship. Everything stays encrypted on this device.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }

    SectionHeading { text: qsTr("Your role") }
    QQC2.ButtonGroup { id: roles }
    RoleOption {
        id: adept
        objectName: "roleAdept"
        checked: true
        QQC2.ButtonGroup.group: roles
        //: The mentee in a mentorship
        text: qsTr("Adept")
        description: qsTr("I keep a journal between meetings and choose what to share with my mentor.")
    }
    RoleOption {
        objectName: "roleMentor"
        QQC2.ButtonGroup.group: roles
        text: qsTr("Mentor")
        description: qsTr("I follow one or more adepts and read what they share with me.")
    }

    QQC2.Label {
        text: qsTr("Your name")
        color: Theme.text
    }
    QQC2.TextField {
        id: nameField
        objectName: "nameField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        placeholderText: qsTr("As your mentor knows you")
        Accessible.name: qsTr("Your name")
        maximumLength: 80
    }

    QQC2.Label {
        text: qsTr("Passphrase")
        color: Theme.text
    }
    PassphraseField {
        id: passphrase
        objectName: "newPassphrase"
        Layout.fillWidth: true
        accessibleName: qsTr("Passphrase")
        placeholderText: qsTr("A few words only you know")
    }
    StrengthMeter {
        Layout.fillWidth: true
        strength: root.strength
        empty: passphrase.text.length === 0
    }
    PassphraseField {
        id: confirm
        objectName: "confirmPassphrase"
        Layout.fillWidth: true
        accessibleName: qsTr("Repeat the passphrase")
        placeholderText: qsTr("Repeat the passphrase")
        onAccepted: if (root.ready) create.clicked()
    }
    Text {
        Layout.fillWidth: true
        visible: confirm.text.length > 0 && !root.matches
        text: qsTr("The two passphrases are not the same.")
        color: Theme.danger
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: warning.implicitHeight + 2 * Theme.spaceM
        radius: Theme.radiusSmall
        color: Theme.surfaceAlt
        Text {
            id: warning
            anchors.fill: parent
            anchors.margins: Theme.spaceM
            text: qsTr("If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    QQC2.CheckBox {
        id: understood
        objectName: "understoodCheck"
        Layout.fillWidth: true
        text: qsTr("I understand that a lost passphrase cannot be recovered")
        Accessible.name: text
        contentItem: Text {
            leftPadding: understood.indicator.width + understood.spacing
            text: understood.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    RememberOption {
        id: remember
        Layout.fillWidth: true
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: Session.errorText
    }
    AppButton {
        id: create
        objectName: "createButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        primary: true
        enabled: root.ready
        text: qsTr("Create my journal")
        Accessible.name: text
        onClicked: Session.createProfile(adept.checked ? "adept" : "mentor", nameField.text,
                                         passphrase.text, remember.checked)
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        visible: Session.busy
        spacing: Theme.spaceS
        QQC2.BusyIndicator {
            running: Session.busy
            Accessible.name: qsTr("Working")
        }
        Text {
            text: qsTr("Creating your encrypted journal…")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
    }
}
