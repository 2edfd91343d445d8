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
        <name>CalendarCard</name>
        <message>
            <location filename="../../qml/Meetings/CalendarCard.qml" line="+13" />
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.</source>
            <translation>Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export to calendar</source>
            <translation>Export to calendar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import an invitation</source>
            <translation>Import an invitation</translation>
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
        <name>DateTimePicker</name>
        <message>
            <location filename="../../qml/Meetings/DateTimePicker.qml" line="+33" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Hour</source>
            <translation>Hour</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../qml/Journal/DiscardDialog.qml" line="+16" />
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
            <location line="+16" />
            <source>Focus area</source>
            <translation>Focus area</translation>
        </message>
        <message>
            <location line="-5" />
            <source>All focus areas</source>
            <translation>All focus areas</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+16" />
            <source>Stakeholder lens</source>
            <translation>Stakeholder lens</translation>
        </message>
        <message>
            <location line="-5" />
            <source>All lenses</source>
            <translation>All lenses</translation>
        </message>
        <message>
            <location line="+8" />
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
            <location filename="../../qml/Journal/FocusAreaPicker.qml" line="+14" />
            <source>Focus areas</source>
            <translation>Focus areas</translation>
        </message>
    </context>
    <context>
        <name>JournalList</name>
        <message>
            <location filename="../../qml/Journal/JournalList.qml" line="+40" />
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
            <location line="+26" />
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
        <name>MeetingsPage</name>
        <message>
            <location filename="../../qml/Meetings/MeetingsPage.qml" line="+31" />
            <location line="+15" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meetings with %1</source>
            <translation>Meetings with %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Adept</source>
            <translation>Adept</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mentorship yet</source>
            <translation>No mentorship yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When the mentorship has started, its meeting rhythm and the next meetings show up here.</source>
            <translation>When the mentorship has started, its meeting rhythm and the next meetings show up here.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Next meetings</source>
            <translation>Next meetings</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The rhythm gives no more meetings.</source>
            <translation>The rhythm gives no more meetings.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set a rhythm to see the next meetings.</source>
            <translation>Set a rhythm to see the next meetings.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Booked meetings</source>
            <translation>Booked meetings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No single meetings booked ahead.</source>
            <translation>No single meetings booked ahead.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Held meetings</source>
            <translation>Held meetings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No meetings held yet.</source>
            <translation>No meetings held yet.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Export the meetings</source>
            <translation>Export the meetings</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+8" />
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Import a meeting invitation</source>
            <translation>Import a meeting invitation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
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
        <name>MoveDialog</name>
        <message>
            <location filename="../../qml/Meetings/MoveDialog.qml" line="+26" />
            <source>Move the meeting</source>
            <translation>Move the meeting</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Planned for %1, %2</source>
            <translation>Planned for %1, %2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Keep as it was</source>
            <translation>Keep as it was</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Move</source>
            <translation>Move</translation>
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
        <name>OccurrenceRow</name>
        <message>
            <location filename="../../qml/Meetings/OccurrenceRow.qml" line="+55" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the meeting of %1</source>
            <translation>Move the meeting of %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel meeting</source>
            <translation>Cancel meeting</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the meeting of %1</source>
            <translation>Cancel the meeting of %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undo move</source>
            <translation>Undo move</translation>
        </message>
    </context>
    <context>
        <name>PairingDialog</name>
        <message>
            <location filename="../../qml/Sync/PairingDialog.qml" line="+59" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Link your other device</source>
            <translation>Link your other device</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pair with your adept</source>
            <translation>Pair with your adept</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pair with your mentor</source>
            <translation>Pair with your mentor</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.</source>
            <translation>Have both devices at hand. One shows a code, the other enters it. Then both show the same safety number, which you compare.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.</source>
            <translation>Meet in person. This device shows a code that your adept enters in the app. Then both screens show the same safety number, which you read aloud to each other.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the sync server&apos;s address in Settings first.</source>
            <translation>Enter the sync server&apos;s address in Settings first.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show a pairing code</source>
            <translation>Show a pairing code</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a code from the other device</source>
            <translation>Enter a code from the other device</translation>
        </message>
        <message>
            <location line="+10" />
            <source>On your other device, choose &quot;Link your other device&quot; and &quot;Show a pairing code&quot;. Copy its code and paste it here.</source>
            <translation>On your other device, choose &quot;Link your other device&quot; and &quot;Show a pairing code&quot;. Copy its code and paste it here.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.</source>
            <translation>Your mentor shows a pairing code. Paste or type it here; spaces and line breaks do not matter.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+45" />
            <source>Pairing code</source>
            <translation>Pairing code</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.</source>
            <translation>Let the other device scan this code, or copy the text below to it. The code works once and for 15 minutes.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Pairing code as a QR code</source>
            <translation>Pairing code as a QR code</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Copy code</source>
            <translation>Copy code</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Waiting for the other device to enter the code…</source>
            <translation>Waiting for the other device to enter the code…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.</source>
            <translation>Compare the number aloud. When it matches, the other device confirms, and this one finishes by itself.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Safety number</source>
            <translation>Safety number</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.</source>
            <translation>Read the number aloud, group by group. Both screens must show exactly the same digits. If one differs, someone else may have entered the code: do not pair.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The numbers match</source>
            <translation>The numbers match</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The numbers differ</source>
            <translation>The numbers differ</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Linked. Both devices now sync your notes.</source>
            <translation>Linked. Both devices now sync your notes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paired. Shared notes now sync between you, end-to-end encrypted.</source>
            <translation>Paired. Shared notes now sync between you, end-to-end encrypted.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Done</source>
            <translation>Done</translation>
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
            <location line="+14" />
            <source>No particular lens</source>
            <translation>No particular lens</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+21" />
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
            <source>Your passphrase is kept in this computer&apos;s key store. Anyone who can sign in to your account here can open the journal without typing it.</source>
            <translation>Your passphrase is kept in this computer&apos;s key store. Anyone who can sign in to your account here can open the journal without typing it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device has no secure key store, so you will type your passphrase each time.</source>
            <translation>This device has no secure key store, so you will type your passphrase each time.</translation>
        </message>
    </context>
    <context>
        <name>RhythmCard</name>
        <message>
            <location filename="../../qml/Meetings/RhythmCard.qml" line="+13" />
            <source>Rhythm</source>
            <translation>Rhythm</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No rhythm yet. Set one, and the next meetings follow from it.</source>
            <translation>No rhythm yet. Set one, and the next meetings follow from it.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Change rhythm</source>
            <translation>Change rhythm</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set the rhythm</source>
            <translation>Set the rhythm</translation>
        </message>
    </context>
    <context>
        <name>RhythmDialog</name>
        <message>
            <location filename="../../qml/Meetings/RhythmDialog.qml" line="+52" />
            <source>Meeting rhythm</source>
            <translation>Meeting rhythm</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+16" />
            <source>How often</source>
            <translation>How often</translation>
        </message>
        <message>
            <location line="-4" />
            <source>On a weekday each month</source>
            <translation>On a weekday each month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every few weeks</source>
            <translation>Every few weeks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A rule as written (iCalendar)</source>
            <translation>A rule as written (iCalendar)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Which one in the month</source>
            <translation>Which one in the month</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Every %n week(s)</source>
            <translation>
                <numerusform>Every week</numerusform>
                <numerusform>Every %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many weeks apart</source>
            <translation>How many weeks apart</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The first meeting is on the date below; the rule gives the rest.</source>
            <translation>The first meeting is on the date below; the rule gives the rest.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first meeting is the first day on or after the date below that fits.</source>
            <translation>The first meeting is the first day on or after the date below that fits.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save rhythm</source>
            <translation>Save rhythm</translation>
        </message>
    </context>
    <context>
        <name>RhythmText</name>
        <message>
            <location filename="../../src/app/meetingsrule.cpp" line="+148" />
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <location line="+2" />
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <location line="+2" />
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <location line="+2" />
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <location line="+2" />
            <source>last</source>
            <translation>last</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The %1 %2 of every month at %3</source>
            <extracomment>e.g. "The first Tuesday of every month at 14:00"; %1 ordinal, %2 weekday, %3 time</extracomment>
            <translation>The %1 %2 of every month at %3</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Every %n week(s) on %1 at %2</source>
            <extracomment>e.g. "Every 4 weeks on Thursday at 14:00"; %1 weekday, %2 time</extracomment>
            <translation>
                <numerusform>Every week on %1 at %2</numerusform>
                <numerusform>Every %n weeks on %1 at %2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>By the rule %1, at %2</source>
            <extracomment>A rule the editor has no words for, shown as written; %1 rule, %2 time</extracomment>
            <translation>By the rule %1, at %2</translation>
        </message>
    </context>
    <context>
        <name>SafetyNumberView</name>
        <message>
            <location filename="../../qml/Sync/SafetyNumberView.qml" line="+16" />
            <source>Safety number: %1</source>
            <translation>Safety number: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../qml/Settings/SettingsPage.qml" line="+15" />
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
            <location line="+9" />
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reminders show only the time and the kind of reminder, never anything you have written.</source>
            <translation>Reminders show only the time and the kind of reminder, never anything you have written.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Meeting: the day before</source>
            <translation>Meeting: the day before</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Meeting: an hour before</source>
            <translation>Meeting: an hour before</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prepare for the meeting</source>
            <translation>Prepare for the meeting</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) before: read what your adept has shared.</source>
            <translation>
                <numerusform>%n day before: read what your adept has shared.</numerusform>
                <numerusform>%n days before: read what your adept has shared.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) before: choose focus areas and share reflections.</source>
            <translation>
                <numerusform>%n day before: choose focus areas and share reflections.</numerusform>
                <numerusform>%n days before: choose focus areas and share reflections.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>A nudge to reflect between meetings</source>
            <translation>A nudge to reflect between meetings</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No next meeting booked with an adept</source>
            <translation>No next meeting booked with an adept</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An adept asks for an extra meeting</source>
            <translation>An adept asks for an extra meeting</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Quiet hours</source>
            <translation>Quiet hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No reminders show then; they wait until the quiet hours end.</source>
            <translation>No reminders show then; they wait until the quiet hours end.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Discreet</source>
            <translation>Discreet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave out the adept&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
            <translation>Leave out the adept&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave out your mentor&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</source>
            <translation>Leave out your mentor&apos;s name and the place: only &quot;Mentorship meeting&quot; and the time.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signed in as %1</source>
            <translation>Signed in as %1</translation>
        </message>
    </context>
    <context>
        <name>SharedSinceCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/SharedSinceCard.qml" line="+13" />
            <source>Shared since the last meeting</source>
            <translation>Shared since the last meeting</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</source>
            <translation>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
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
            <location filename="../../qml/Components/StrengthMeter.qml" line="+16" />
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
            <location filename="../../qml/Journal/StressPicker.qml" line="+18" />
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
        <name>Sync</name>
        <message>
            <location filename="../../src/app/syncerrors.cpp" line="+11" />
            <source>The sync server cannot be reached. Check the internet connection and the server address, then try again.</source>
            <translation>The sync server cannot be reached. Check the internet connection and the server address, then try again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.</source>
            <translation>This pairing code does not work: it has expired, was already used, or is incomplete. Ask for a new code.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This device is not paired (any more). Pair again to sync.</source>
            <translation>This device is not paired (any more). Pair again to sync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sync server did not accept this device. Pair again to sync.</source>
            <translation>The sync server did not accept this device. Pair again to sync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sync server refused the request. Try again later.</source>
            <translation>The sync server refused the request. Try again later.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.</source>
            <translation>Something that arrived had been altered on the way and was not accepted. Your notes are unchanged.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The other side uses a version of Bollplank this one does not understand. Update the app on both devices.</source>
            <translation>The other side uses a version of Bollplank this one does not understand. Update the app on both devices.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <location filename="../../qml/Sync/SyncSection.qml" line="+37" />
            <source>Sync server</source>
            <translation>Sync server</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sync server address</source>
            <translation>Sync server address</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Pair with your adept</source>
            <translation>Pair with your adept</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pair with your mentor</source>
            <translation>Pair with your mentor</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Link your other device</source>
            <translation>Link your other device</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unpair…</source>
            <translation>Unpair…</translation>
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
            <source>Unlock with this device&apos;s key store</source>
            <translation>Unlock with this device&apos;s key store</translation>
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
            <location filename="../../qml/Shell/UnlockedShell.qml" line="+22" />
            <source>Adepts</source>
            <translation>Adepts</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location line="+93" />
            <location line="+64" />
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
        <name>UnpairDialog</name>
        <message>
            <location filename="../../qml/Sync/UnpairDialog.qml" line="+17" />
            <source>Unpair?</source>
            <translation>Unpair?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This device stops syncing, and the sync server stops passing your shared notes to the devices paired with it. What they already received stays on them. Your notes on this device are kept. To sync again, pair again.</source>
            <translation>This device stops syncing, and the sync server stops passing your shared notes to the devices paired with it. What they already received stays on them. Your notes on this device are kept. To sync again, pair again.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unpair</source>
            <translation>Unpair</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Keep syncing</source>
            <translation>Keep syncing</translation>
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
            <location filename="../../qml/Journal/VisibilitySwitch.qml" line="+36" />
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
            <location filename="../../src/app/meetingprep.cpp" line="+29" />
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
            <location line="+30" />
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
        <name>bollplank::Meetings</name>
        <message>
            <location filename="../../src/app/meetings.cpp" line="+56" />
            <source>That file is too large to be a meeting invitation (at most 1 MB).</source>
            <translation>That file is too large to be a meeting invitation (at most 1 MB).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That file is not a calendar invitation (.ics) Bollplank can read.</source>
            <translation>That file is not a calendar invitation (.ics) Bollplank can read.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The invitation uses a time zone this device does not know.</source>
            <translation>The invitation uses a time zone this device does not know.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The invitation is for a whole day, not a meeting at a time.</source>
            <translation>The invitation is for a whole day, not a meeting at a time.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The invitation holds too many events (at most %1).</source>
            <translation>The invitation holds too many events (at most %1).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file holds no meeting.</source>
            <translation>The file holds no meeting.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The invitation could not be read: it has an invalid date, rule or length.</source>
            <translation>The invitation could not be read: it has an invalid date, rule or length.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The meetings could not be read.</source>
            <translation>The meetings could not be read.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Moved from %1 at %2</source>
            <extracomment>A moved meeting: when the rhythm had it; %1 date, %2 time</extracomment>
            <translation>Moved from %1 at %2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Ad-hoc meeting</source>
            <translation>Ad-hoc meeting</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Formal meeting</source>
            <translation>Formal meeting</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Times in %1</source>
            <extracomment>%1 is an IANA time zone such as Europe/Stockholm</extracomment>
            <translation>Times in %1</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+81" />
            <source>There is no %1 %2 %3. Pick a day the month has.</source>
            <translation>There is no %1 %2 %3. Pick a day the month has.</translation>
        </message>
        <message>
            <location line="-74" />
            <location line="+81" />
            <source>Pick a time of day between 00:00 and 23:59.</source>
            <translation>Pick a time of day between 00:00 and 23:59.</translation>
        </message>
        <message>
            <location line="-73" />
            <source>That meeting could not be moved. Try again.</source>
            <translation>That meeting could not be moved. Try again.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>That meeting could not be cancelled. Try again.</source>
            <translation>That meeting could not be cancelled. Try again.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>That meeting could not be restored. Try again.</source>
            <translation>That meeting could not be restored. Try again.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Choose which weekday and how often.</source>
            <translation>Choose which weekday and how often.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&quot;%1&quot; is not a time zone this device knows. Write one such as Europe/Stockholm.</source>
            <extracomment>%1 is what the person typed</extracomment>
            <translation>&quot;%1&quot; is not a time zone this device knows. Write one such as Europe/Stockholm.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.</source>
            <translation>That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>That rhythm gives no meeting after the first date. Check the rule and the date.</source>
            <translation>That rhythm gives no meeting after the first date. Check the rule and the date.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The rhythm could not be saved. Try again.</source>
            <translation>The rhythm could not be saved. Try again.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, from %2</source>
            <extracomment>The rhythm in words, then the first meeting's date</extracomment>
            <translation>%1, from %2</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location line="+18" />
            <source>mentorship-meetings</source>
            <extracomment>File name of the exported calendar, without the .ics; no names in it, a calendar file travels</extracomment>
            <translation>mentorship-meetings</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The meetings could not be read for the calendar file.</source>
            <translation>The meetings could not be read for the calendar file.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not save %1. Choose another folder.</source>
            <translation>Could not save %1. Choose another folder.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved the meetings to %1</source>
            <translation>Saved the meetings to %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Could not open %1.</source>
            <translation>Could not open %1.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The invitation could not be imported; nothing was changed.</source>
            <translation>The invitation could not be imported; nothing was changed.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Imported the meeting rhythm.</source>
            <translation>Imported the meeting rhythm.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Imported %n meeting(s).</source>
            <translation>
                <numerusform>Imported %n meeting.</numerusform>
                <numerusform>Imported %n meetings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bollplank::ReminderPreferences</name>
        <message>
            <location filename="../../src/app/remindersettings.cpp" line="+48" />
            <source>The reminder settings could not be read.</source>
            <translation>The reminder settings could not be read.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Quiet hours need a start and a different end, such as 22:00 to 07:00.</source>
            <translation>Quiet hours need a start and a different end, such as 22:00 to 07:00.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>That could not be saved. Try again.</source>
            <translation>That could not be saved. Try again.</translation>
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
            <source>The journal&apos;s files are damaged and cannot be opened.</source>
            <translation>The journal&apos;s files are damaged and cannot be opened.</translation>
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
    <context>
        <name>bollplank::Sync</name>
        <message>
            <location filename="../../src/app/sync.cpp" line="+218" />
            <source>Not synced yet</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last synced %1</source>
            <translation>Last synced %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not paired. Everything stays on this device.</source>
            <translation>Not paired. Everything stays on this device.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pairing started, waiting for the other device.</source>
            <translation>Pairing started, waiting for the other device.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paired. Shared notes sync end-to-end encrypted.</source>
            <translation>Paired. Shared notes sync end-to-end encrypted.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765.</source>
            <translation>A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sync server address could not be saved.</source>
            <translation>The sync server address could not be saved.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the sync server address first.</source>
            <translation>Enter the sync server address first.</translation>
        </message>
        <message>
            <location line="+228" />
            <source>Unpairing could not be saved on this device.</source>
            <translation>Unpairing could not be saved on this device.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sync failed. Try again; if it keeps failing, pair again.</source>
            <translation>Sync failed. Try again; if it keeps failing, pair again.</translation>
        </message>
    </context>
</TS>
