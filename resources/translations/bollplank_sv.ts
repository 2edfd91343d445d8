<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>ActionItemsCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/ActionItemsCard.qml" line="+12" />
            <source>Open action items</source>
            <translation>Öppna åtgärdspunkter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing open. Well done.</source>
            <translation>Inget öppet. Bra jobbat.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../qml/Settings/ChangePassphraseDialog.qml" line="+21" />
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+1" />
            <source>Current passphrase</source>
            <translation>Nuvarande lösenfras</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>New passphrase</source>
            <translation>Ny lösenfras</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Repeat the new passphrase</source>
            <translation>Upprepa den nya lösenfrasen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A lost passphrase cannot be recovered.</source>
            <translation>En förlorad lösenfras går inte att återskapa.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Working</source>
            <translation>Arbetar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Change</source>
            <translation>Byt</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../qml/Journal/DiscardDialog.qml" line="+17" />
            <source>Discard your changes?</source>
            <translation>Kasta dina ändringar?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What you wrote since the last save will be lost.</source>
            <translation>Det du skrivit sedan du sparade senast försvinner.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep writing</source>
            <translation>Fortsätt skriva</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discard</source>
            <translation>Kasta</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../../qml/Journal/FilterPanel.qml" line="+15" />
            <location line="+13" />
            <source>Focus area</source>
            <translation>Fokusområde</translation>
        </message>
        <message>
            <location line="-3" />
            <source>All focus areas</source>
            <translation>Alla fokusområden</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+13" />
            <source>Stakeholder lens</source>
            <translation>Intressentperspektiv</translation>
        </message>
        <message>
            <location line="-3" />
            <source>All lenses</source>
            <translation>Alla perspektiv</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Visibility</source>
            <translation>Synlighet</translation>
        </message>
        <message>
            <location line="+9" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>Delad</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
    </context>
    <context>
        <name>FirstRunPage</name>
        <message>
            <location filename="../../qml/Lock/FirstRunPage.qml" line="+20" />
            <location line="+11" />
            <source>Welcome to Bollplank</source>
            <translation>Välkommen till Bollplank</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A private journal for your mentorship. Everything stays encrypted on this device.</source>
            <translation>En privat dagbok för ditt mentorskap. Allt förblir krypterat på den här enheten.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your role</source>
            <translation>Din roll</translation>
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
            <translation>Jag skriver dagbok mellan mötena och väljer vad jag delar med min mentor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I follow one or more adepts and read what they share with me.</source>
            <translation>Jag följer en eller flera adepter och läser det de delar med mig.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <location line="-1" />
            <source>As your mentor knows you</source>
            <translation>Som din mentor känner dig</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few words only you know</source>
            <translation>Några ord som bara du kan</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Repeat the passphrase</source>
            <translation>Upprepa lösenfrasen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two passphrases are not the same.</source>
            <translation>De två lösenfraserna är inte likadana.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>If you lose this passphrase, your journal cannot be recovered. Nobody can reset it: not your mentor, not us. Write it down somewhere safe.</source>
            <translation>Om du tappar bort lösenfrasen går dagboken inte att återskapa. Ingen kan återställa den, varken din mentor eller vi. Skriv ner den på ett säkert ställe.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Jag förstår att en förlorad lösenfras inte går att återskapa</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Create my journal</source>
            <translation>Skapa min dagbok</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Working</source>
            <translation>Arbetar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Creating your encrypted journal…</source>
            <translation>Skapar din krypterade dagbok…</translation>
        </message>
    </context>
    <context>
        <name>FocusAreaPicker</name>
        <message>
            <location filename="../../qml/Journal/FocusAreaPicker.qml" line="+12" />
            <source>Focus areas</source>
            <translation>Fokusområden</translation>
        </message>
    </context>
    <context>
        <name>JournalList</name>
        <message>
            <location filename="../../qml/Journal/JournalList.qml" line="+38" />
            <source>Journal</source>
            <translation>Dagbok</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location line="+9" />
            <source>New reflection</source>
            <translation>Ny reflektion</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Search the journal</source>
            <translation>Sök i dagboken</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n matching reflection(s)</source>
            <translation>
                <numerusform>%n reflektion matchar</numerusform>
                <numerusform>%n reflektioner matchar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reflections</source>
            <translation>Reflektioner</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Nothing matches</source>
            <translation>Inget matchar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No reflections yet</source>
            <translation>Inga reflektioner än</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try other words or clear the filters.</source>
            <translation>Prova andra ord eller rensa filtren.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tap + to write your first one.</source>
            <translation>Tryck på + för att skriva din första.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <location filename="../../qml/Journal/JournalPage.qml" line="+22" />
            <source>Journal</source>
            <translation>Dagbok</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Choose a reflection to read it</source>
            <translation>Välj en reflektion för att läsa den</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your journal is empty</source>
            <translation>Din dagbok är tom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write down what happened, how it felt and what you want to bring up with your mentor.</source>
            <translation>Skriv ner vad som hände, hur det kändes och vad du vill ta upp med din mentor.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../src/app/labels.cpp" line="+15" />
            <source>Customers</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Kunder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Employees</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Medarbetare</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Partners</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Samarbetspartner</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Owners</source>
            <extracomment>Stakeholder lens on a reflection</extracomment>
            <translation>Ägare</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Board</source>
            <extracomment>Stakeholder lens on a reflection (the company's board of directors)</extracomment>
            <translation>Styrelse</translation>
        </message>
        <message>
            <location line="+10" />
            <source>When it suits</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>När det passar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Within a week</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>Inom en vecka</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As soon as possible</source>
            <extracomment>Urgency of a request for an ad-hoc meeting</extracomment>
            <translation>Så snart som möjligt</translation>
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
            <translation>Du</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Week %1</source>
            <extracomment>ISO week number of a date, e.g. "Week 16"</extracomment>
            <translation>Vecka %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingPrepPage</name>
        <message>
            <location filename="../../qml/MeetingPrep/MeetingPrepPage.qml" line="+18" />
            <source>Next meeting</source>
            <translation>Nästa möte</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Before the next meeting</source>
            <translation>Inför nästa möte</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No mentorship yet</source>
            <translation>Inget mentorskap än</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When you and your mentor have connected, your meetings and action items show up here.</source>
            <translation>När du och din mentor har kopplats ihop visas era möten och åtgärdspunkter här.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>What do you want to talk about?</source>
            <translation>Vad vill du prata om?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the focus areas for this meeting. Your mentor sees your choice.</source>
            <translation>Välj fokusområden för mötet. Din mentor ser ditt val.</translation>
        </message>
    </context>
    <context>
        <name>MentorHomePage</name>
        <message>
            <location filename="../../qml/Shell/MentorHomePage.qml" line="+12" />
            <source>Adepts</source>
            <translation>Adepter</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No adepts yet</source>
            <translation>Inga adepter än</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When an adept pairs with you, what they share and your notes about them show up here.</source>
            <translation>När en adept kopplar ihop sig med dig visas det hen delar och dina anteckningar om hen här.</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/NextMeetingCard.qml" line="+12" />
            <source>Next meeting</source>
            <translation>Nästa möte</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No meeting is booked yet. Agree on a date with your mentor.</source>
            <translation>Inget möte är bokat än. Kom överens med din mentor om ett datum.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Place: %1</source>
            <extracomment>Where the meeting is, e.g. "Place: Hotel Eggers"</extracomment>
            <translation>Plats: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>With %1</source>
            <extracomment>e.g. "With Anders Berg"</extracomment>
            <translation>Med %1</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../../qml/Components/PassphraseField.qml" line="+36" />
            <source>Hide passphrase</source>
            <extracomment>Button beside a passphrase field</extracomment>
            <translation>Dölj lösenfrasen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show passphrase</source>
            <extracomment>Button beside a passphrase field</extracomment>
            <translation>Visa lösenfrasen</translation>
        </message>
    </context>
    <context>
        <name>ReflectionDelegate</name>
        <message>
            <location filename="../../qml/Journal/ReflectionDelegate.qml" line="+31" />
            <source>Shared</source>
            <translation>Delad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Lens: %1</source>
            <extracomment>Stakeholder lens shown on a list entry, e.g. "Lens: Board"</extracomment>
            <translation>Perspektiv: %1</translation>
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
            <translation>Avbryt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Edit reflection</source>
            <translation>Redigera reflektion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New reflection</source>
            <translation>Ny reflektion</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Write</source>
            <translation>Skriv</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preview</source>
            <translation>Förhandsgranska</translation>
        </message>
        <message>
            <location line="+13" />
            <source>What happened, and how did it feel?</source>
            <translation>Vad hände? Hur kändes det? Vad vill du ta upp?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reflection text</source>
            <translation>Reflektionens text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Markdown: *italic*, **bold**, - lists, # headings</source>
            <translation>Markdown: *kursiv*, **fet**, - listor, # rubriker</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tip: *italic*, **bold**, - lists and # headings are shown formatted when you read.</source>
            <translation>Tips: *kursiv*, **fet**, - listor och # rubriker visas formaterade när du läser.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Stakeholder lens (optional)</source>
            <translation>Intressentperspektiv (valfritt)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No particular lens</source>
            <translation>Inget särskilt perspektiv</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stakeholder lens</source>
            <translation>Intressentperspektiv</translation>
        </message>
    </context>
    <context>
        <name>ReflectionPage</name>
        <message>
            <location filename="../../qml/Journal/ReflectionPage.qml" line="+56" />
            <source>Back to the journal</source>
            <translation>Tillbaka till dagboken</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Edit</source>
            <translation>Redigera</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation>Radera</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Lens: %1</source>
            <translation>Perspektiv: %1</translation>
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
            <translation>Kom ihåg på den här enheten</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your passphrase is kept in this computer's key store. Anyone who can sign in to your account here can open the journal without typing it.</source>
            <translation>Lösenfrasen sparas i datorns nyckelring. Den som kan logga in på ditt konto här kan öppna dagboken utan att skriva den.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device has no secure key store, so you will type your passphrase each time.</source>
            <translation>Den här enheten har ingen säker nyckelring, så du skriver lösenfrasen varje gång.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../qml/Settings/SettingsPage.qml" line="+14" />
            <location line="+9" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Appearance</source>
            <translation>Utseende</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>Same as the system</source>
            <translation>Samma som systemet</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Security</source>
            <translation>Säkerhet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lock after this long without use</source>
            <translation>Lås efter så här lång tid utan användning</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minut</numerusform>
                <numerusform>%n minuter</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>The journal also locks when the app goes to the background.</source>
            <translation>Dagboken låses också när appen hamnar i bakgrunden.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stop remembering the passphrase on this device</source>
            <translation>Sluta komma ihåg lösenfrasen på den här enheten</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Lock now</source>
            <translation>Lås nu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting and reflection reminders arrive in a later version.</source>
            <translation>Påminnelser om möten och reflektioner kommer i en senare version.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sync</source>
            <translation>Synkronisering</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pairing with your mentor and your other devices arrives in a later version. Until then everything stays on this device.</source>
            <translation>Ihopkoppling med din mentor och dina andra enheter kommer i en senare version. Till dess stannar allt på den här enheten.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Signed in as %1</source>
            <translation>Inloggad som %1</translation>
        </message>
    </context>
    <context>
        <name>SharedSinceCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/SharedSinceCard.qml" line="+11" />
            <source>Shared since the last meeting</source>
            <translation>Delat sedan förra mötet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.</source>
            <translation>Inget delat än. Öppna en reflektion och gör den delad om du vill att din mentor ska läsa den före mötet.</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>and %n more</source>
            <translation>
                <numerusform>och %n till</numerusform>
                <numerusform>och %n till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SoundingBoardCard</name>
        <message>
            <location filename="../../qml/MeetingPrep/SoundingBoardCard.qml" line="+12" />
            <source>Between meetings</source>
            <translation>Mellan mötena</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sometimes everything piles up at once. Ask your mentor for an extra meeting.</source>
            <translation>Ibland kör det ihop sig. Be din mentor om ett extra möte.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I need a sounding board</source>
            <translation>Jag behöver ett bollplank</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Requested %1 (%2): %3</source>
            <extracomment>An open request: date, urgency, reason</extracomment>
            <translation>Begärt %1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>SoundingBoardDialog</name>
        <message>
            <location filename="../../qml/MeetingPrep/SoundingBoardDialog.qml" line="+17" />
            <source>I need a sounding board</source>
            <translation>Jag behöver ett bollplank</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <source>How soon?</source>
            <translation>Hur snart?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In a sentence or two, what is it about?</source>
            <translation>Vad gäller det, med en eller två meningar?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only your mentor sees this.</source>
            <translation>Bara din mentor ser det här.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2 characters</source>
            <translation>%1 av %2 tecken</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Send request</source>
            <translation>Skicka förfrågan</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../qml/Components/StrengthMeter.qml" line="+14" />
            <source>Very weak</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Mycket svag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weak</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Svag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fair</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Godkänd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Strong</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Stark</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Very strong</source>
            <extracomment>Passphrase strength</extracomment>
            <translation>Mycket stark</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Strength: %1</source>
            <translation>Styrka: %1</translation>
        </message>
    </context>
    <context>
        <name>StressPicker</name>
        <message>
            <location filename="../../qml/Journal/StressPicker.qml" line="+17" />
            <source>Stress level (optional)</source>
            <translation>Stressnivå (valfritt)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Stress level %1 of 5</source>
            <translation>Stressnivå %1 av 5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>1 is calm, 5 is very stressed. Tap again to leave it out.</source>
            <translation>1 är lugn, 5 är mycket stressad. Tryck igen för att utelämna den.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../qml/Lock/UnlockPage.qml" line="+14" />
            <location line="+74" />
            <source>Unlock</source>
            <translation>Lås upp</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Your journal is locked</source>
            <translation>Din dagbok är låst</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unlock with this device's key store</source>
            <translation>Lås upp med enhetens nyckelring</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Working</source>
            <translation>Arbetar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlocking…</source>
            <translation>Låser upp…</translation>
        </message>
    </context>
    <context>
        <name>UnlockedShell</name>
        <message>
            <location filename="../../qml/Shell/UnlockedShell.qml" line="+19" />
            <source>Adepts</source>
            <translation>Adepter</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Journal</source>
            <translation>Dagbok</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next meeting</source>
            <translation>Nästa möte</translation>
        </message>
        <message>
            <location line="+92" />
            <location line="+57" />
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Reflection deleted</source>
            <translation>Reflektionen raderades</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
    </context>
    <context>
        <name>VisibilityBadge</name>
        <message>
            <location filename="../../qml/Components/VisibilityBadge.qml" line="+35" />
            <source>Shared</source>
            <extracomment>Badge on a reflection the mentor can read</extracomment>
            <translation>Delad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private</source>
            <extracomment>Badge on a reflection only the adept can read</extracomment>
            <translation>Privat</translation>
        </message>
    </context>
    <context>
        <name>VisibilitySwitch</name>
        <message>
            <location filename="../../qml/Journal/VisibilitySwitch.qml" line="+37" />
            <source>Shared with your mentor</source>
            <translation>Delad med din mentor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Private: only you can read this</source>
            <translation>Privat: bara du kan läsa den</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your mentor can read it. Making it private again removes it from what they see, but what they already read, they read.</source>
            <translation>Din mentor kan läsa den. Gör du den privat igen försvinner den för mentorn, men det som redan är läst är läst.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your mentor cannot see it until you share it.</source>
            <translation>Din mentor ser den inte förrän du delar den.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Share with my mentor</source>
            <translation>Dela med min mentor</translation>
        </message>
    </context>
    <context>
        <name>bollplank::Journal</name>
        <message>
            <location filename="../../src/app/journal.cpp" line="+32" />
            <source>The disk is full, so the reflection was not saved.</source>
            <translation>Disken är full, så reflektionen sparades inte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reflection needs some text, and at most 200,000 characters.</source>
            <translation>Reflektionen behöver lite text, och högst 200 000 tecken.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reflection could not be saved. Try again.</source>
            <translation>Reflektionen gick inte att spara. Försök igen.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::JournalModel</name>
        <message>
            <location filename="../../src/app/journalmodel.cpp" line="+19" />
            <source>The journal could not be read. Lock and unlock to try again.</source>
            <translation>Dagboken gick inte att läsa. Lås och lås upp för att försöka igen.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::MeetingPrep</name>
        <message>
            <location filename="../../src/app/meetingprep.cpp" line="+27" />
            <source>That could not be saved. Try again.</source>
            <translation>Det gick inte att spara. Försök igen.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Month %1 of %2</source>
            <extracomment>Progress of the mentorship, e.g. "Month 14 of 18"</extracomment>
            <translation>Månad %1 av %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tomorrow</source>
            <translation>I morgon</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>In %n days</source>
            <extracomment>How far away the next meeting is</extracomment>
            <translation>
                <numerusform>Om %n dag</numerusform>
                <numerusform>Om %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Due %1</source>
            <translation>Klart senast %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The meeting details could not be read.</source>
            <translation>Mötesuppgifterna gick inte att läsa.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Write a short reason, at most %1 characters.</source>
            <translation>Skriv en kort anledning, högst %1 tecken.</translation>
        </message>
    </context>
    <context>
        <name>bollplank::Session</name>
        <message>
            <location filename="../../src/app/session.cpp" line="+32" />
            <source>That passphrase is not right. Try again.</source>
            <translation>Lösenfrasen stämmer inte. Försök igen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bollplank is already open in another window on this device.</source>
            <translation>Bollplank är redan öppet i ett annat fönster på den här enheten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This journal was saved by a newer version of Bollplank. Update the app to open it.</source>
            <translation>Dagboken sparades av en nyare version av Bollplank. Uppdatera appen för att öppna den.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The journal's files are damaged and cannot be opened.</source>
            <translation>Dagbokens filer är skadade och kan inte öppnas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk is full. Free some space and try again.</source>
            <translation>Disken är full. Frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That could not be saved. Check what you entered and try again.</source>
            <translation>Det gick inte att spara. Kontrollera det du skrev och försök igen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong while opening the journal. Try again.</source>
            <translation>Något gick fel när dagboken skulle öppnas. Försök igen.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Choose a name and a stronger passphrase.</source>
            <translation>Välj ett namn och en starkare lösenfras.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enter your passphrase.</source>
            <translation>Skriv din lösenfras.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The system key store did not accept the passphrase, so it is not remembered.</source>
            <translation>Systemets nyckelring tog inte emot lösenfrasen, så den kommer inte ihåg den.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The system key store did not give the passphrase back. Type it instead.</source>
            <translation>Systemets nyckelring lämnade inte tillbaka lösenfrasen. Skriv den i stället.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Choose a stronger passphrase.</source>
            <translation>Välj en starkare lösenfras.</translation>
        </message>
    </context>
</TS>
