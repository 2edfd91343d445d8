<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionItemsCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/ActionItemsCard.qml" line="+12" />
            <source>Open action items</source>
            <translation>Open action items</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing open. Well done.</source>
            <translation>Nothing open. Well done.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../qml/Settings/ChangePassphraseDialog.qml" line="+21" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+1" />
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Repeat the new passphrase</source>
            <translation>Repeat the new passphrase</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A lost passphrase cannot be recovered.</source>
            <translation>A lost passphrase cannot be recovered.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../qml/Journal/DiscardDialog.qml" line="+17" />
            <source>Discard your changes?</source>
            <translation>Discard your changes?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What you wrote since the last save will be lost.</source>
            <translation>What you wrote since the last save will be lost.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep writing</source>
            <translation>Keep writing</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../../qml/Journal/FilterPanel.qml" line="+15" />
            <location line="+13" />
            <source>Focus area</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <location line="-3" />
            <source>All focus areas</source>
            <translation>All focus areas</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+13" />
            <source>Stakeholder lens</source>
            <translation>Stakeholder lens</translation>
        </message>
        <message>
            <location line="-3" />
            <source>All lenses</source>
            <translation>All lenses</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Visibility</source>
            <translation>Visibility</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../qml/Lock/FirstRunPage.qml" line="+20" />
            <location line="+11" />
            <source>Welcome to Bollplank</source>
            <translation>Welcome to Bollplank</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A private journal for your mentorship. Everything stays encrypted on this device.</source>
            <translation>A private journal for your mentorship. Everything stays encrypted on this device.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your role</source>
            <translation>Your role</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adept</source>
            <extracomment>The mentee in a mentorship</extracomment>
            <translation>Adept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I keep a journal between meetings and choose what to share with my mentor.</source>
            <translation>I keep a journal between meetings and choose what to share with my mentor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I follow one or more adepts and read what they share with me.</source>
            <translation>I follow one or more adepts and read what they share with me.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location line="-1" />
            <source>As your mentor knows you</source>
            <translation>As your mentor knows you</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few words only you know</source>
            <translation>A few words only you know</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Repeat the passphrase</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</source>
            <translation>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>I understand that a lost passphrase cannot be recovered</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Create my journal</source>
            <translation>Create my journal</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating your encrypted journal…</source>
            <translation>Creating your encrypted journal…</translation>
        </message>
    </context>
    <context>
        <name>FocusAreaPicker</name>
        <message>
            <location filename="../../qml/Journal/FocusAreaPicker.qml" line="+12" />
            <source>Focus areas</source>
            <translation>Focus areas</translation>
        </message>
    </context>
    <context>
        <name>JournalList</name>
        <message>
            <location filename="../../qml/Journal/JournalList.qml" line="+38" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New reflection</source>
            <translation>New reflection</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Search the journal</source>
            <translation>Search the journal</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n matching reflection(s)</source>
            <translation>
                <numerusform>%n matching reflection</numerusform>
                <numerusform>%n matching reflections</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Nothing matches</source>
            <translation>Nothing matches</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No reflections yet</source>
            <translation>No reflections yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try other words or clear the filters.</source>
            <translation>Try other words or clear the filters.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tap + to write your first one.</source>
            <translation>Tap + to write your first one.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../../qml/Journal/JournalPage.qml" line="+22" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Choose a reflection to read it</source>
            <translation>Choose a reflection to read it</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your journal is empty</source>
            <translation>Your journal is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write down what happened, how it felt and what you want to bring up with your mentor.</source>
            <translation>Write down what happened, how it felt and what you want to bring up with your mentor.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/app/labels.cpp" line="+15" />
            <source>Customers</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Customers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Employees</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Employees</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partners</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Partners</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Owners</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Owners</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Board</source>
            <extracomment>Stakeholder lens on a reflection (the company's board of directors)</extracomment>
            <translation>Board</translation>
        </message>
        <message>
            <location line="+10" />
            <source>When it suits</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>When it suits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Within a week</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>Within a week</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As soon as possible</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>As soon as possible</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mentor</source>
            <extracomment>Who owns an action item</extracomment>
            <translation>Mentor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Week %1</source>
            <extracomment>ISO week number of a date, e.g. "Week 16"</extracomment>
            <translation>Week %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingPrepPage</name>
        <message>
            <location filename="../../qml/MeetingPrep/MeetingPrepPage.qml" line="+18" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Before the next meeting</source>
            <translation>Before the next meeting</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No mentorship yet</source>
            <translation>No mentorship yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When you and your mentor have connected, your meetings and action items show up here.</source>
            <translation>When you and your mentor have connected, your meetings and action items show up here.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>What do you want to talk about?</source>
            <translation>What do you want to talk about?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the focus areas for this meeting. Your mentor sees your choice.</source>
            <translation>Choose the focus areas for this meeting. Your mentor sees your choice.</translation>
        </message>
    </context>
    <context>
        <name>MentorHomePage</name>
        <message>
            <location filename="../../qml/Shell/MentorHomePage.qml" line="+12" />
            <source>Adepts</source>
            <translation>Adepts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No adepts yet</source>
            <translation>No adepts yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When an adept pairs with you, what they share and your notes about them show up here.</source>
            <translation>When an adept pairs with you, what they share and your notes about them show up here.</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/NextMeetingCard.qml" line="+12" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No meeting is booked yet. Agree on a date with your mentor.</source>
            <translation>No meeting is booked yet. Agree on a date with your mentor.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Place: %1</source>
            <extracomment>Where the meeting is, e.g. "Place: Hotel Eggers"</extracomment>
            <translation>Place: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>With %1</source>
            <extracomment>e.g. "With Anders Berg"</extracomment>
            <translation>With %1</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../../qml/Components/PassphraseField.qml" line="+36" />
            <source>Hide passphrase</source>
            <extracomment>Button beside a passphrase field</extracomment>
            <translation>Hide passphrase</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show passphrase</source>
            <extracomment>Button beside a passphrase field</extracomment>
            <translation>Show passphrase</translation>
        </message>
    </context>
    <context>
        <name>ReflectionDelegate</name>
        <message>
            <location filename="../../qml/Journal/ReflectionDelegate.qml" line="+31" />
            <source>Shared</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Private</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Lens: %1</source>
            <extracomment>Stakeholder lens shown on a list entry, e.g. "Lens: Board"</extracomment>
            <translation>Lens: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stress %1/5</source>
            <extracomment>Stress level shown on a list entry, e.g. "Stress 4/5"</extracomment>
            <translation>Stress %1/5</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditorPage</name>
        <message>
            <location filename="../../qml/Journal/ReflectionEditorPage.qml" line="+84" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit reflection</source>
            <translation>Edit reflection</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New reflection</source>
            <translation>New reflection</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+13" />
            <source>What happened, and how did it feel?</source>
            <translation>What happened, and how did it feel?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reflection text</source>
            <translation>Reflection text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Markdown: *italic*, **bold**, - lists, # headings</source>
            <translation>Markdown: *italic*, **bold**, - lists, # headings</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</source>
            <translation>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Stakeholder lens (optional)</source>
            <translation>Stakeholder lens (optional)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No particular lens</source>
            <translation>No particular lens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder lens</source>
            <translation>Stakeholder lens</translation>
        </message>
    </context>
    <context>
        <name>ReflectionPage</name>
        <message>
            <location filename="../../qml/Journal/ReflectionPage.qml" line="+56" />
            <source>Back to the journal</source>
            <translation>Back to the journal</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Lens: %1</source>
            <translation>Lens: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stress %1/5</source>
            <translation>Stress %1/5</translation>
        </message>
    </context>
    <context>
        <name>RememberOption</name>
        <message>
            <location filename="../../qml/Lock/RememberOption.qml" line="+21" />
            <source>Remember on this device</source>
            <translation>Remember on this device</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your passphrase is kept in this computer's key store. Anyone who can sign in to your account here can open the journal without typing it.</source>
            <translation>Your passphrase is kept in this computer's key store. Anyone who can sign in to your account here can open the journal without typing it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device has no secure key store, so you will type your passphrase each time.</source>
            <translation>This device has no secure key store, so you will type your passphrase each time.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../qml/Settings/SettingsPage.qml" line="+14" />
            <location line="+9" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>Same as the system</source>
            <translation>Same as the system</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lock after this long without use</source>
            <translation>Lock after this long without use</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>The journal also locks when the app goes to the background.</source>
            <translation>The journal also locks when the app goes to the background.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stop remembering the passphrase on this device</source>
            <translation>Stop remembering the passphrase on this device</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting and reflection reminders arrive in a later version.</source>
            <translation>Meeting and reflection reminders arrive in a later version.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pairing with your mentor and your other devices arrives in a later version. Until then everything stays on this device.</source>
            <translation>Pairing with your mentor and your other devices arrives in a later version. Until then everything stays on this device.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Signed in as %1</source>
            <translation>Signed in as %1</translation>
        </message>
    </context>
    <context>
        <name>SharedSinceCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/SharedSinceCard.qml" line="+11" />
            <source>Shared since the last meeting</source>
            <translation>Shared since the last meeting</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</source>
            <translation>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SoundingBoardCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/SoundingBoardCard.qml" line="+12" />
            <source>Between meetings</source>
            <translation>Between meetings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</source>
            <translation>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I need a sounding board</source>
            <translation>I need a sounding board</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Requested %1 (%2): %3</source>
            <extracomment>An open request: date, urgency, reason</extracomment>
            <translation>Requested %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>SoundingBoardDialog</name>
        <message>
            <location filename="../../qml/MeetingPrep/SoundingBoardDialog.qml" line="+17" />
            <source>I need a sounding board</source>
            <translation>I need a sounding board</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>How soon?</source>
            <translation>How soon?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In a sentence or two, what is it about?</source>
            <translation>In a sentence or two, what is it about?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only your mentor sees this.</source>
            <translation>Only your mentor sees this.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Send request</source>
            <translation>Send request</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../qml/Components/StrengthMeter.qml" line="+14" />
            <source>Very weak</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Very weak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Weak</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fair</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Fair</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Strong</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Strong</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Very strong</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Very strong</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Strength: %1</source>
            <translation>Strength: %1</translation>
        </message>
    </context>
    <context>
        <name>StressPicker</name>
        <message>
            <location filename="../../qml/Journal/StressPicker.qml" line="+17" />
            <source>Stress level (optional)</source>
            <translation>Stress level (optional)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Stress level %1 of 5</source>
            <translation>Stress level %1 of 5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>1 is calm, 5 is very stressed. Tap again to leave it out.</source>
            <translation>1 is calm, 5 is very stressed. Tap again to leave it out.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../qml/Lock/UnlockPage.qml" line="+14" />
            <location line="+74" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Your journal is locked</source>
            <translation>Your journal is locked</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unlock with this device's key store</source>
            <translation>Unlock with this device's key store</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
    </context>
    <context>
        <name>UnlockedShell</name>
        <message>
            <location filename="../../qml/Shell/UnlockedShell.qml" line="+19" />
            <source>Adepts</source>
            <translation>Adepts</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location line="+92" />
            <location line="+57" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Reflection deleted</source>
            <translation>Reflection deleted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>VisibilityBadge</name>
        <message>
            <location filename="../../qml/Components/VisibilityBadge.qml" line="+35" />
            <source>Shared</source>
            <extracomment>Badge on a reflection the mentor can read</extracomment>
            <translation>Shared</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private</source>
            <extracomment>Badge on a reflection only the adept can read</extracomment>
            <translation>Private</translation>
        </message>
    </context>
    <context>
        <name>VisibilitySwitch</name>
        <message>
            <location filename="../../qml/Journal/VisibilitySwitch.qml" line="+37" />
            <source>Shared with your mentor</source>
            <translation>Shared with your mentor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private: only you can read this</source>
            <translation>Private: only you can read this</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</source>
            <translation>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your mentor cannot see it until you share it.</source>
            <translation>Your mentor cannot see it until you share it.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Share with my mentor</source>
            <translation>Share with my mentor</translation>
        </message>
    </context>
    <context>
        <name>bollplank::Journal</name>
        <message>
            <location filename="../../src/app/journal.cpp" line="+32" />
            <source>The disk is full, so the reflection was not saved.</source>
            <translation>The disk is full, so the reflection was not saved.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reflection needs some text, and at most 200,000 characters.</source>
            <translation>The reflection needs some text, and at most 200,000 characters.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reflection could not be saved. Try again.</source>
            <translation>The reflection could not be saved. Try again.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::JournalModel</name>
        <message>
            <location filename="../../src/app/journalmodel.cpp" line="+19" />
            <source>The journal could not be read. Lock and unlock to try again.</source>
            <translation>The journal could not be read. Lock and unlock to try again.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::MeetingPrep</name>
        <message>
            <location filename="../../src/app/meetingprep.cpp" line="+27" />
            <source>That could not be saved. Try again.</source>
            <translation>That could not be saved. Try again.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Month %1 of %2</source>
            <extracomment>Progress of the mentorship, e.g. "Month 14 of 18"</extracomment>
            <translation>Month %1 of %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>In %n days</source>
            <extracomment>How far away the next meeting is</extracomment>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Due %1</source>
            <translation>Due %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The meeting details could not be read.</source>
            <translation>The meeting details could not be read.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Write a short reason, at most %1 characters.</source>
            <translation>Write a short reason, at most %1 characters.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::Session</name>
        <message>
            <location filename="../../src/app/session.cpp" line="+32" />
            <source>That passphrase is not right. Try again.</source>
            <translation>That passphrase is not right. Try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bollplank is already open in another window on this device.</source>
            <translation>Bollplank is already open in another window on this device.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This journal was saved by a newer version of Bollplank. Update the app to open it.</source>
            <translation>This journal was saved by a newer version of Bollplank. Update the app to open it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The journal's files are damaged and cannot be opened.</source>
            <translation>The journal's files are damaged and cannot be opened.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk is full. Free some space and try again.</source>
            <translation>The disk is full. Free some space and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That could not be saved. Check what you entered and try again.</source>
            <translation>That could not be saved. Check what you entered and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong while opening the journal. Try again.</source>
            <translation>Something went wrong while opening the journal. Try again.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Choose a name and a stronger passphrase.</source>
            <translation>Choose a name and a stronger passphrase.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter your passphrase.</source>
            <translation>Enter your passphrase.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The system key store did not accept the passphrase, so it is not remembered.</source>
            <translation>The system key store did not accept the passphrase, so it is not remembered.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The system key store did not give the passphrase back. Type it instead.</source>
            <translation>The system key store did not give the passphrase back. Type it instead.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Choose a stronger passphrase.</source>
            <translation>Choose a stronger passphrase.</translation>
        </message>
    </context>
</TS>
