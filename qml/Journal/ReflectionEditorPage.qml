import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Writing or editing a reflection: Markdown text (with a preview), focus areas, stakeholder
// lens, optional stress level, and the private/shared switch.
QQC2.Page {
    id: root

    /// "" for a new reflection.
    required property string reflectionId
    property bool showBack: false
    property bool dirty: false
    property bool loading: true
    /// The editor opened with what was typed here before the app lost it from view (Drafts).
    property bool restoredDraft: false
    readonly property string draftKey: "reflection:" + (reflectionId.length > 0 ? reflectionId : "new")

    /// savedId is "" when the person cancelled.
    signal finished(string savedId)

    function save() {
        const id = Journal.save({
            reflectionId: reflectionId,
            body: body.text,
            focusAreas: areas.chosen,
            lens: lens.currentValue,
            stress: stress.value,
            shared: visibility.shared
        });
        if (id.length > 0) {
            dirty = false;
            Drafts.discard(draftKey);
            finished(id);
        }
    }
    function cancel() {
        if (dirty) {
            discardDialog.open();
        } else {
            Drafts.discard(draftKey);
            finished("");
        }
    }
    // Unsaved text survives focus loss, the background, the lock and closing (drafts.h).
    function keepDraft() {
        if (dirty)
            Drafts.keep(draftKey, {
                body: body.text,
                focusAreas: areas.chosen,
                lens: lens.currentValue,
                stress: stress.value,
                shared: visibility.shared
            });
    }

    objectName: "editorPage"
    background: Rectangle { color: Theme.surface }

    Component.onCompleted: {
        const saved = reflectionId.length > 0 ? Journal.reflection(reflectionId) : ({});
        const draft = Drafts.find(draftKey);
        restoredDraft = draft.body !== undefined;
        const entry = restoredDraft ? draft : saved;
        body.text = entry.body || "";
        areas.chosen = entry.focusAreas || [];
        lens.currentIndex = Math.max(0, lens.indexOfValue(entry.lens || ""));
        stress.value = entry.stress || 0;
        visibility.shared = entry.shared === true;
        loading = false;
        dirty = restoredDraft;
        body.forceActiveFocus();
    }

    Connections {
        target: Drafts
        function onKeepNow() {
            root.keepDraft();
        }
    }

    Shortcut {
        sequences: ["Ctrl+S", "Ctrl+Return"]
        onActivated: root.save()
    }
    Shortcut {
        sequences: ["Escape"]
        onActivated: root.cancel()
    }

    DiscardDialog {
        id: discardDialog
        parent: QQC2.Overlay.overlay
        onDiscard: {
            Drafts.discard(root.draftKey);
            root.finished("");
        }
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
                objectName: "cancelButton"
                iconName: root.showBack ? "back" : "close"
                label: qsTr("Cancel")
                onClicked: root.cancel()
            }
            Text {
                Layout.fillWidth: true
                text: root.reflectionId.length > 0 ? qsTr("Edit reflection") : qsTr("New reflection")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            AppButton {
                objectName: "saveButton"
                text: qsTr("Save")
                primary: true
                enabled: body.text.trim().length > 0
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: root.save()
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
            width: Math.min(flick.width - 2 * Theme.spaceL, Theme.readingWidth)
            spacing: Theme.spaceL

            ErrorBanner {
                Layout.fillWidth: true
                text: Journal.errorText
            }
            Text {
                objectName: "draftRestored"
                Layout.fillWidth: true
                visible: root.restoredDraft
                text: qsTr("Your unsaved text from last time is back.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            QQC2.TabBar {
                id: mode
                Layout.fillWidth: true
                Material.background: Theme.surface
                QQC2.TabButton {
                    objectName: "writeTab"
                    text: qsTr("Write")
                    Accessible.name: text
                }
                QQC2.TabButton {
                    objectName: "previewTab"
                    text: qsTr("Preview")
                    Accessible.name: text
                }
            }
            QQC2.TextArea {
                id: body
                objectName: "editorBody"
                Layout.fillWidth: true
                Layout.minimumHeight: 200
                visible: mode.currentIndex === 0
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                font.pixelSize: Theme.bodyLargeSize
                placeholderText: qsTr("What happened, and how did it feel?")
                Accessible.name: qsTr("Reflection text")
                Accessible.description: qsTr("Markdown: *italic*, **bold**, - lists, # headings")
                onTextChanged: if (!root.loading) root.dirty = true
                onActiveFocusChanged: if (!activeFocus) root.keepDraft()
            }
            Text {
                Layout.fillWidth: true
                visible: mode.currentIndex === 0
                text: qsTr("Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "previewText"
                Layout.fillWidth: true
                Layout.minimumHeight: 200
                visible: mode.currentIndex === 1
                text: visible ? Journal.renderable(body.text) : ""
                textFormat: Text.MarkdownText
                color: Theme.text
                font.pixelSize: Theme.bodyLargeSize
                wrapMode: Text.Wrap
            }
            VisibilitySwitch {
                id: visibility
                objectName: "editorVisibility"
                Layout.fillWidth: true
                onToggled: wantShared => {
                    shared = wantShared;
                    root.dirty = true;
                }
            }
            FocusAreaPicker {
                id: areas
                Layout.fillWidth: true
                onChangedByUser: root.dirty = true
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXs
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Stakeholder lens (optional)")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                AppComboBox {
                    id: lens
                    objectName: "lensCombo"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    textRole: "text"
                    valueRole: "value"
                    model: {
                        const choices = [{ value: "", text: qsTr("No particular lens") }];
                        return choices.concat(Journal.lensChoices);
                    }
                    Accessible.name: qsTr("Stakeholder lens")
                    onActivated: root.dirty = true
                }
            }
            StressPicker {
                id: stress
                Layout.fillWidth: true
                onValueChanged: if (!root.loading) root.dirty = true
            }
        }
    }
}
