<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>Die Familienvereinbarung beschließen</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>Lesen Sie sie zuerst gemeinsam durch. Wer zustimmt, wird hier angehakt und unterschreibt das ausgedruckte Exemplar. Wenn Sie später erneut zustimmen, bleiben die früheren Fassungen erhalten.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Beschlossen am</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>Wer zugestimmt hat</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Wieder ansehen am</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Beschlossen &amp;am</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>&amp;Wer zugestimmt hat</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>Wieder an&amp;sehen am</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Beschließen</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>Eine Zeile ändern</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>Eine eigene Zeile schreiben</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>Die Zeile, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>z. B. Handys laden nachts in der Küche</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>Schreiben Sie sie so, dass das jüngste Kind, für das sie gilt, sie lesen kann. Kurz ist gut.</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>Nur für diese Kinder</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>Haken Sie niemanden an, wenn die Zeile für alle gilt.</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Zeile</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>Zu unserer &amp;Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>Vorschläge für das Alter Ihrer Kinder</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Unsere Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>Eigene Zeile &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>Gemeinsam &amp;beschließen…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>&amp;Angesehen und beibehalten</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>&amp;Zum Unterschreiben drucken…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>Zei&amp;ten, Orte und Geräte…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>Vertrauens&amp;personen…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>Die eigenen Regeln der Familie für das Leben online, aufgeschrieben und gemeinsam beschlossen, mit dem, was die Erwachsenen im Gegenzug versprechen. Wählen Sie aus den Vorschlägen oder schreiben Sie eigene.</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>Noch nichts geschrieben. Beginnen Sie mit ein paar Zeilen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>Noch nicht beschlossen. Wenn alles passt, beschließen Sie sie gemeinsam.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>Fassung {number}, beschlossen am {date} von {names}. Wieder ansehen bis {review}.</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>Sie haben sie seitdem geändert: Beschließen Sie sie erneut, damit sie gilt.</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>{text} (für {names})</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>{text} (passt zu {names})</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>Notiert. FamilySafe erinnert Sie in drei Monaten wieder an die Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe kann seinen Datenordner nicht verwenden: {reason}</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe läuft bereits für diesen Datenordner (es hat nicht geantwortet).</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>In FamilySafe ist etwas schiefgegangen, und was Sie gerade getan haben, wurde vielleicht nicht gespeichert. Bitte prüfen Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>Was passiert ist, steht in {file} (ohne die Namen und Notizen Ihrer Familie), falls Sie es jemandem schicken möchten, der helfen kann.</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>Apps, die {name} nutzt</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>Haken Sie die Apps, Spiele und Geräte an, die {name} nutzt. Jedes bringt seine Checkliste zur Privatsphäre mit und die Themen, die zu seinen Funktionen passen.</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Apps, Spiele und Geräte suchen</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Apps, Spiele und Geräte</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
</context>
<context>
    <name>AppRow</name>
    <message>
        <source>{age}+</source>
        <translation>{age}+</translation>
    </message>
    <message>
        <source>{age}+ ⚠</source>
        <translation>{age}+ ⚠</translation>
    </message>
    <message>
        <source>Its minimum age is {age}: above your child&apos;s age.</source>
        <translation>Das Mindestalter ist {age}: über dem Alter Ihres Kindes.</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>Mindestalter {age}</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>App-Details</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>Mindestalter laut Nutzungsbedingungen: {age}</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>Kein Mindestalter in den Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>Wo Gesetz oder Nutzungsbedingungen abweichen: {list}</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>Altersfreigabe: {rating}</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>Alter für einzelne Funktionen</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>Elternfunktion: {tool}</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>Funktionen, die Sie kennen sollten</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>Checkliste für Privatsphäre und Sicherheit</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>Ab {age} Jahren.</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>Melden in der App</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Fakten geprüft am {date}. Apps ändern ihre Menüs oft: Wenn ein Pfad abweicht, suchen Sie in der Nähe nach denselben Wörtern.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>Apps und Privatsphäre</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Apps, Spiele und Geräte suchen</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>&amp;Zu den Apps eines Kindes hinzufügen</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>Die Checkliste zur Privatsphäre für diese App erscheint dann auf seiner Seite.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>Was jede App kann, ihre Altersgrenze und die Einstellungen, die einen Blick wert sind, mit dem Ort, an dem Sie sie finden.</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>{name} ({age}+)</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>Fügen Sie zuerst auf der Seite „Familie“ ein Kind hinzu</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (hinzugefügt)</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>Zu den Apps von {name} hinzugefügt: Die Checkliste steht auf der Seite „Familie“.</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>Genutzte Apps</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>Apps &amp;auswählen…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>Welche Apps nutzt Ihr Kind?</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>Fügen Sie die Apps, Spiele und Geräte hinzu, die Ihr Kind nutzt. Jedes bringt eine kurze Checkliste mit Einstellungen zur Privatsphäre mit, samt dem Ort, an dem Sie sie finden, und die Themen, die zu den Funktionen der App passen.</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>Apps auswählen</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>{done} von {total} Einstellungen vorgenommen</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>Erneut zu prüfen: {count}</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ Mindestalter {age}</translation>
    </message>
    <message>
        <source>⚠ {rule}</source>
        <translation>⚠ {rule}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich sind %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n Argument erwartet</numerusform>
            <numerusform>%n Argumente erwartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>FamilySafe sichert Ihre Daten bei der ersten Änderung jedes Tages, in den Ordner für Sicherungen im Datenordner. Es behält zwei Wochen lang eine Sicherung pro Tag, drei Monate lang eine pro Woche und ein Jahr lang eine pro Monat.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>&amp;Gewählte Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>Ihre Daten werden wieder so, wie sie am {date} um {time} waren (Personen: {members}, Gespräche: {talks}), mit den Apps, Checklisten, der Vereinbarung und den Einstellungen von damals. Was seitdem geändert wurde, wird ersetzt. Ihr jetziger Stand wird vorher gesichert, damit Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Diese Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>Zu meinem Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>{count} Termine in {path} gespeichert.

Öffnen Sie diese Datei mit Ihrer Kalender-App, um sie hinzuzufügen. Wenn Sie sie später erneut speichern und öffnen, werden dieselben Termine aktualisiert, statt Kopien anzulegen.</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>Familienrunde</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>Ein paar Minuten, regelmäßig, in denen die Familie darüber spricht, was online los ist.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Einmal im Monat</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Welche Woche im Monat</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweite</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Vierte</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Uhrzeit der Familienrunde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>Nächste: {date} um {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>Checklisten zur Privatsphäre</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>Einstellungen alle so viele Monate erneut prüfen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>&amp;Einstellungen erneut prüfen alle</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>I looked again: still in place</source>
        <translation>Ich habe nachgesehen: weiterhin eingestellt</translation>
    </message>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>Ab {age} Jahren: noch nicht für {name}.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>Eingestellt seit {date}; erneut zu prüfen: Unser Rat zu dieser Einstellung hat sich seitdem geändert, bitte sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>Eingestellt seit {date}; erneut zu prüfen: Einstellungen ändern sich mit der Zeit, ein guter Moment, noch einmal nachzusehen.</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>Erledigt am {date}. Wieder ansehen bis {recheck}.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Noch nicht erledigt.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>Checkliste zur Privatsphäre</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>{app} verlangt, dass seine Nutzer mindestens {min_age} sind; {name} ist {age}. Altersgrenzen gibt es wegen der Frage, wer Kontakt aufnehmen kann und was zu sehen ist. Sie kennen {name} am besten: Wenn Ihr Kind die App nutzt, machen die Einstellungen unten sie sicherer, und ein Gespräch darüber, warum es die Grenze gibt, hilft.</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>Altersregeln für {app}</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>{done} von {total} Einstellungen vorgenommen.</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>Erneut zu prüfen: {count}.</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Fakten geprüft am {date}. Apps ändern ihre Menüs oft: Wenn ein Pfad abweicht, suchen Sie in der Nähe nach denselben Wörtern.</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>%n von {total} Einstellungen vorgenommen</numerusform>
            <numerusform>%n von {total} Einstellungen vorgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>Diese Woche steht nichts an. Nächstes Gespräch: {date}.</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>Nächstes Gespräch: {date}.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>Die Seite des Kindes</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>Worüber sprechen</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>Apps und Privatsphäre</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>{years} Jahre · {band} · geboren {born}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>Noch nicht in Ihre Sprache übersetzt: auf Englisch angezeigt.</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>FamilySafe bewahrt alles in diesem Ordner auf diesem Computer auf und sendet nichts irgendwohin. Sichern Sie ihn zusammen mit Ihren anderen Dateien.</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>Dieser Computer hat kein Programm, das Ordner öffnet. Der Ordner ist: {folder}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>FamilySafe läuft weiter</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>Es bleibt hier im Infobereich, um Sie zu erinnern, wenn ein Gespräch oder eine Familienrunde ansteht. Um es ganz zu schließen, wählen Sie „Beenden“ im Menü dieses Symbols oder schalten Sie die Erinnerungen in den Einstellungen aus.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>Exemplar für {home}</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>Unsere Familienvereinbarung</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>Die Vereinbarung hat noch keine Zeilen.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>Fassung {version}, beschlossen am {date}.</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>Wir sehen sie uns bis {date} wieder an.</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>Entwurf, noch nicht beschlossen: Lesen Sie ihn gemeinsam, ändern Sie, was nicht passt, und unterschreiben Sie dann.</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>Sie ersetzt Fassung {version}.</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>Die Eltern und Betreuungspersonen versprechen den Kindern:</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>(für alle Kinder)</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>(für {names})</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>Wir haben gemeinsam über diese Vereinbarung gesprochen und stimmen ihr zu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>{topic}: {band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>Entlang der gestrichelten Linien ausschneiden. Ziehen Sie beim Essen, im Auto oder vor dem Schlafen eine Karte, und hören Sie mehr zu, als Sie reden.</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>Wenn Sie auf {names} aufpassen</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>Wenn Sie auf die Kinder aufpassen</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>Danke, dass Sie auf die Kinder aufpassen. Auf diesem Blatt steht, was Sie über ihre Zeit online wissen sollten und was zu tun ist, wenn Sie etwas beunruhigt.</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>Im Notfall rufen Sie {number} an.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>So erreichen Sie uns</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>Ersatzkontakt (Nachbarn, Verwandte)</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>Wo wir sind und wann wir zurück sind</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>Unsere Adresse, für den Rettungsdienst</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>Geräte gehen um {time} schlafen</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>keine Bildschirme: {places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>Spiele und Videos: {time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>Heimlichkeit rund um ein Gerät oder ein Spiel.</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>Plötzliche Veränderungen der Stimmung oder des Schlafs.</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>Geschenke oder Geld, die das Kind nicht erklären kann.</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>Ein neuer, älterer „Freund“ aus dem Internet.</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>Oft hat das einen anderen Grund. Bleiben Sie ruhig, fragen Sie das Kind nicht aus und sagen Sie uns Bescheid.</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>Anzeichen, dass einem Kind online geschadet wird</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>Wenn die Kinder bei Ihnen ins Internet gehen, schalten Sie bitte den Filter Ihres WLANs oder Internetanschlusses ein (den Kinderschutz Ihres Anbieters) und nutzen Sie dieselben Einstellungen auf den Geräten, die sie dort verwenden.</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>Geräte bei Ihnen zu Hause:</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>Bei Ihnen zu Hause</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>Für jedes Kind</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>Auch für {names}</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>Unsere Regeln</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>Geräte: {names}</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>Apps und Geräte</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>Unsere Grenzen</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>Vorgenommene Einstellungen zur Privatsphäre</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>In FamilySafe noch keine als erledigt markiert</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>erneut zu prüfen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Bitte nicht</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Festhalten, was passiert ist</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>Wem Sie es sagen</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>Wenn der Moment vorbei ist</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>Beratungsstellen und Meldestellen ({country})</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>Notruf: {number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>Eltern, Betreuungspersonen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>Für die Eltern: worüber Sie als Nächstes sprechen, worüber Sie gesprochen haben, was ansteht und wie jede App eingestellt ist.</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>Dieses Exemplar enthält die privaten Notizen aus Ihren Gesprächen. Bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>Private Notizen aus Ihren Gesprächen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>{name} · {band} · {age} Jahre alt</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>Worüber Sie als Nächstes sprechen</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>In diesem Alter gibt es nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>zuletzt besprochen am {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>noch nicht besprochen</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Worüber Sie gesprochen haben</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>Noch keine Gespräche festgehalten.</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>Wie es lief, und Notizen</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notizen: </translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>Frühere Gespräche: {count}, das erste am {date}.</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>Überfällig und demnächst</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nichts steht an. Gut gemacht.</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>Einstellungen zur Privatsphäre nach App</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>Noch keine Apps hinzugefügt.</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>verlangt ein Mindestalter von {age}</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>In diesem Alter noch nicht nötig</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>Eingestellt seit {date}; erneut zu prüfen: Der Rat hat sich geändert</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>Eingestellt seit {date}; erneut zu prüfen</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>Erledigt am {date}; erneut prüfen bis {recheck}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen nächsten Schritte.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>Nächste Familienrunde: {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>Die Familienvereinbarung (Fassung {version}) bis {date} wieder ansehen</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>Die Familienvereinbarung ist noch nicht beschlossen.</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Für die ganze Familie</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Familienvereinbarung</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Merkblatt für Betreuungspersonen</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familienplan</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Gesprächskarten</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Unsere Familie</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Fällig am {date}</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>Unsere Zeiten, Orte und Geräte</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>Was tun, wenn Sie sich Sorgen machen</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Beratungsstellen</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>Die Apps, Spiele und Geräte, die wir nutzen</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>Keine Bildschirme: {places}.</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>Geräte gehen um {time} schlafen.</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>Spiele und Videos: {time}.</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>Schlafen und Bewegung kommen jeden Tag zuerst, vor den Bildschirmen.</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>Unsere Zeiten und Orte</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>Erwachsene, denen wir vertrauen und denen wir immer alles sagen können:</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>Wenn du mit jemandem außerhalb der Familie reden möchtest: {who}.</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>Menschen, mit denen wir reden können</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>Gedruckte Dokumente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>z. B. Familie Okafor</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>Wie Betreuungspersonen Sie erreichen</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>z. B. Mama: 0151 23456789</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>Autor in PDF-Dateien</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>Bleibt leer, wenn Sie nichts eintragen</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>&amp;Familienname</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>Kontakt für &amp;Betreuungspersonen</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>Auto&amp;r in PDF-Dateien</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>Wie bei uns im Land üblich</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nichts steht an. Gut gemacht.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Verschoben auf {date}.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Andere Themen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Um eine Woche</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>Gespräch festhalten…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>Neue Themen ansehen</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>Sie könnten so beginnen: „{starter}“</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>{settings}; und %n weitere</numerusform>
            <numerusform>{settings}; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>Neue Themen: {titles}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>Bitte geben Sie einen Namen ein. Ein Spitzname genügt.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Ein Name darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>Ein Name darf Buchstaben, Ziffern, Leerzeichen und Satzzeichen enthalten, aber keine unsichtbaren oder Steuerzeichen. Bitte tippen Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>Jemand namens „{name}“ gehört bereits zum Haushalt.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>Bitte geben Sie den Geburtsmonat des Kindes an (Jahr und Monat).</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>„{born}“ ist kein Geburtsmonat: Verwenden Sie JJJJ-MM oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>Der Geburtsmonat {born} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>Wer {born} geboren ist, ist über {limit}: Bitte fügen Sie die Person als erwachsen hinzu.</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>Im Haushalt gibt es niemanden namens „{name}“.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>Diese Daten wurden von einer neueren Version von FamilySafe gespeichert (Schema {found}; diese Version kennt {known}). Bitte aktualisieren Sie FamilySafe, um sie zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>Diesen Tag gibt es in diesem Monat nicht.</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>Erwachsene haben in FamilySafe keinen Geburtsmonat.</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>Beim Entfernen wird alles über diese Person gelöscht; in den Sicherungen bleibt sie, bis diese ersetzt werden (mit --from-backups auch aus den Sicherungen entfernen): Zum Bestätigen --yes hinzufügen.</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>Es gibt kein Thema „{id}“. Siehe: familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>Es gibt keine App „{id}“. Siehe: familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>FamilySafe hat noch keine Beratungsstellen für den Ländercode „{country}“.</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>„{band}“ ist keine Altersgruppe: Verwenden Sie 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 oder 18+.</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>Das Thema „{id}“ ist nicht für das Alter {band} geschrieben; es passt zu {bands}.</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>Haken Sie mindestens eine Person an, die dabei war.</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>Haken Sie mindestens ein Thema an, über das Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>Schreiben Sie in wenigen Worten, was Sie als Nächstes tun (höchstens {limit} Buchstaben und Leerzeichen).</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} ist erwachsen: Dies ist für Kinder gedacht.</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} nutzt „{id}“ nicht.</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>{app} hat keinen Checklistenpunkt „{id}“.</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>Nichts Anstehendes hat den Schlüssel „{key}“. Siehe: familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>Halten Sie ein Gespräch fest, um dies als erledigt zu markieren.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>Das Datum {date} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>Schreiben Sie die Zeile in wenigen Worten (höchstens {limit} Buchstaben und Leerzeichen).</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>Eine Zeile muss eine einzige Zeile sein, ohne Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>Wählen Sie einen Vorschlag oder schreiben Sie eigene Worte (eines von beiden).</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>Der Vorschlag „{id}“ steht bereits in der Vereinbarung.</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>Es gibt keinen Abschnitt „{id}“ in der Vereinbarung. Siehe: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>Der Abschnitt „{section}“ hat keinen Vorschlag „{id}“. Siehe: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>Die Vereinbarung hat keine Zeile {id}. Siehe: familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>Dieser Abschnitt hat {count} Zeilen: Wählen Sie eine Stelle darin.</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>Fügen Sie der Vereinbarung mindestens eine Zeile hinzu, bevor Sie sie beschließen.</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>Geben Sie an, wer zugestimmt hat: mindestens eine Person aus dem Haushalt.</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>Fassung {version} wurde am {date} beschlossen: Eine neue Fassung kann nicht davor beschlossen werden.</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>Das Datum zum Wiederansehen muss nach dem {date} liegen.</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>Wählen Sie ein Datum zum Wiederansehen innerhalb von {years} Jahren nach dem {date}.</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>Die Vereinbarung ist noch nicht beschlossen. Siehe: familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>Es gibt keine Fassung {version} der Vereinbarung.</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>Wählen Sie eine Textgröße von {sizes} Prozent.</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>„{value}“ ist kein Wert für {key}: Verwenden Sie {expected}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>Es gibt keine Einstellung „{key}“ (siehe: familysafe settings list).</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>Wählen Sie das Papier: a4 oder letter (nicht „{paper}“).</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe ist nicht in „{language}“ übersetzt. Wählen Sie eine davon: {languages}.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>Das ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>Dieser Text enthält unsichtbare oder Steuerzeichen (vielleicht von woanders eingefügt). Bitte tippen Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>Dieser Text konnte nicht gelesen werden (er ist nicht in UTF-8). Bitte tippen Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>Das Datum {date} liegt zu weit zurück: Bitte geben Sie ein Datum ab 1900 an.</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>Ein nächster Schritt sollte innerhalb von {years} Jahren liegen: Bitte wählen Sie ein Datum bis {limit}.</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>Die Daten von FamilySafe können nicht geöffnet werden: {detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>Die FamilySafe-Daten in {path} sind beschädigt ({reason}). Die neueste intakte Sicherung ist {id}: Stellen Sie sie wieder her mit: {command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>Die FamilySafe-Daten in {path} sind beschädigt ({reason}), und es gibt keine intakte Sicherung zum Wiederherstellen. Bewahren Sie die Datei auf: Vielleicht lässt sie sich noch reparieren.</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>Ein anderes Programm hat die FamilySafe-Daten länger als {seconds} Sekunden gesperrt, deshalb wurde dies nicht gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe ist in einem Fenster geöffnet: Schließen Sie es zuerst und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>Es gibt keine Sicherung „{id}“. Siehe: familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>Die Sicherung {id} ist beschädigt und kann nicht wiederhergestellt werden. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>Die Sicherung hat die Prüfung nicht bestanden und wurde nicht behalten: {detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>Beim Wiederherstellen tritt die Sicherung {id} an die Stelle Ihrer Daten (die vorher gesichert werden): Zum Bestätigen --yes hinzufügen.</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>{path} konnte nicht gespeichert werden: Das ist ein Gerät oder eine Pipe, keine Datei. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>Der Ordner {folder} existiert nicht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>„{kind}“ ist kein Dokument, das FamilySafe erstellt: Verwenden Sie agreement, carer, plan oder cards.</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>„{id}“ ist kein Abschnitt dieses Dokuments; wählen Sie aus: {sections}.</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>Wählen Sie ein Thema für die Gesprächskarten. Siehe: familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>Es gibt noch nichts für einen Kalender: Fügen Sie zuerst ein Kind hinzu.</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>Der Start von FamilySafe bei der Anmeldung konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>diese Datei oder dieser Ordner ist nicht vorhanden</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>dieser Computer erlaubt FamilySafe nicht, dort zu schreiben</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>dieser Ort kann nur gelesen, nicht beschrieben werden</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>dieser Name ist für diesen Computer zu lang</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>etwas mit diesem Namen ist bereits vorhanden</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>der Computer konnte es nicht ausführen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>Drucken oder teilen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>z. B. Familie Okafor</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Private &amp;Notizen einschließen</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Wie man Sie erreicht</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>z. B. Mama: 0151 23456789</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Ersatzkontakt</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>z. B. Frau Ito von nebenan: 07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>Wo wir sind, zurück um</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>z. B. Im Theater, zurück um 23:00</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>Wohnadresse für den Rettungsdienst</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>Wird nicht gespeichert. Leer: eine Zeile zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>Wir leben in zwei &amp;Haushalten: ein Exemplar für jeden</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>Namen der Haushalte</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>z. B. Bei Mama, Bei Papa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>Worte für das Alter</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Open the file after saving</source>
        <translation>Datei nach dem Speichern &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienname</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Kinder</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>&amp;Worte für</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>Ab&amp;schnitte</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>&amp;Ersatzkontakt</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>Wo wir sind, zu&amp;rück um</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>Wohn&amp;adresse</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Haushalte</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF spe&amp;ichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>Auf einem Drucker dieses Computers drucken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Familienvereinbarung</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Merkblatt für Betreuungspersonen</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Familienplan</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Gesprächskarten</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>Ihre Vereinbarung, in Worten, die die Kinder lesen können, mit Platz für die Unterschrift aller.</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>Für Großeltern und Babysitter: die Apps und Regeln jedes Kindes, die vorgenommenen Einstellungen, was zu tun ist, wenn etwas schiefgeht, und wen man anruft. Ohne Geburtsdaten.</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>Für die Eltern: worüber Sie als Nächstes sprechen, worüber gesprochen wurde, was überfällig ist und die Einstellungen jeder App.</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>Die Gesprächsanfänge eines Themas als Karten zum Ausdrucken und Ausschneiden.</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>Keine Kontaktzeile: Das Merkblatt hat leere Zeilen, in die Sie schreiben können, wie man Sie erreicht.</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>Die Notizen, die Sie nach Gesprächen geschrieben haben, stehen in dieser Datei. Wer die Datei oder den Ausdruck sieht, kann sie lesen.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>Seiten: %n (die ersten {shown} werden gezeigt).</numerusform>
            <numerusform>Seiten: %n (die ersten {shown} werden gezeigt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>Seiten: %n.</numerusform>
            <numerusform>Seiten: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>{path} gespeichert. Seiten: {pages}.</translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>Das PDF ist gespeichert, aber dieser Computer hat kein Programm, das es öffnet. Es liegt in {folder}.</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Drucken wird vorbereitet…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Der Drucker konnte nicht verwendet werden. Es wurde nichts gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>An den Drucker gesendete Seiten: %n.</numerusform>
            <numerusform>An den Drucker gesendete Seiten: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Mitglieder des Haushalts</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>&amp;Kind hinzufügen</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>&amp;Erwachsene oder Betreuungsperson hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;ntfernen…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>Wer gehört zu Ihrer Familie?</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>Fügen Sie zuerst Ihre Kinder hinzu. Ein Vorname oder Spitzname und der Geburtsmonat sind alles, was FamilySafe braucht: Damit schlägt es vor, worüber Sie in diesem Alter sprechen können. Fügen Sie dann die Erwachsenen und Betreuungspersonen hinzu, die sich um die Kinder kümmern. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>Ihr erstes Kind hinzufügen</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>Die Kinder und Erwachsenen in Ihrem Haushalt. Kinder wechseln von selbst in die nächste Altersgruppe, wenn sie älter werden.</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation>{name} ist erwachsen oder eine Betreuungsperson. Erwachsene können an Gesprächen teilnehmen und die Familienvereinbarung unterschreiben; das Merkblatt für Betreuungspersonen ist für Menschen wie sie geschrieben.</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>{name}
Erwachsen oder Betreuungsperson</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>{name}
{age} · {band}</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Damit werden {name} und alles, was FamilySafe über diese Person weiß, entfernt: ihre Apps, Checklisten und die mit ihr festgehaltenen Gespräche. Das lässt sich nicht rückgängig machen. In den Sicherungen bleibt sie, bis diese ersetzt werden, innerhalb eines Jahres; als Nächstes können Sie sie auch aus den Sicherungen entfernen.</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Damit wird {name} aus dem Haushalt und aus den Gesprächen entfernt, an denen diese Person teilgenommen hat (ein Gespräch ohne andere Beteiligte wird mit entfernt). Das lässt sich nicht rückgängig machen. In den Sicherungen bleibt sie, bis diese ersetzt werden, innerhalb eines Jahres; als Nächstes können Sie sie auch aus den Sicherungen entfernen.</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>{name} auch aus den Sicherungen entfernen?</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>Die Sicherungen enthalten {name} noch. Jetzt aus allen Sicherungen entfernen? Jede Sicherung wird ohne diese Person neu geschrieben und geprüft; alles andere darin bleibt.</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>Aus den Sicherungen entfernen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>Die ganze Familie</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>{years} Jahre</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>Erwachsen oder Betreuungsperson</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Wen Sie zuerst anrufen</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>Atmen Sie tief durch. Es ist richtig, dass Sie handeln. Wenn ein Kind gerade in Gefahr ist, rufen Sie zuerst den Notruf an.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>Beratungsstellen und Meldestellen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>Im Notfall rufen Sie {number} an</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>Im Notfall {number} anrufen</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Tun Sie zuerst dies</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Bitte nicht</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>Beweise sicher aufbewahren</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>Wer in {country} helfen kann</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>Festgehaltene Gespräche</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>Gespräch &amp;festhalten…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>Noch keine Gespräche mit {name} festgehalten. Halten Sie ein Gespräch danach hier fest.</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>{date} · mit {names}</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>Wie es lief: {text}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>Nächster Schritt: {text} ({state})</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>Dieses Gespräch löschen?</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>Damit werden das Gespräch vom {date}, seine Notizen und seine nächsten Schritte gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>Gespräch löschen</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Edit a talk</source>
        <translation>Ein Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>Log a talk</source>
        <translation>Ein Gespräch festhalten</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Datum des Gesprächs</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Ein Thema finden</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>Besprochene Themen</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>Optional: wie es lief, in wenigen Worten</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>Optionale private Notizen. Sie bleiben auf diesem Computer, erscheinen nie in Erinnerungen und in gedruckten Plänen nur, wenn Sie es wählen.</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>Einen nächsten &amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>z. B. Gemeinsam den Chat in Roblox ausschalten</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>Nächster Schritt fällig bis</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;Wie es lief</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>{app} (Beispielfamilie)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>Was tun, wenn etwas passiert ist (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>Beispielfamilie: Änderungen werden nicht behalten.</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>Gespräch &amp;festhalten…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>Drucken oder &amp;teilen…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>Zu meinem &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Jetzt Hilfe holen</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>Ein Vorname oder ein Spitzname</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>Ein Spitzname genügt. FamilySafe braucht nie einen vollständigen Namen.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>&amp;Erwachsen oder Betreuungsperson</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>Geburtstag (optional)</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>Tag nicht angegeben</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>Der Monat genügt: Daran erkennt FamilySafe, welcher Rat zum Alter passt, und lässt das Kind mitwachsen.</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>&amp;Geboren im</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>Land, Sprache und Textgröße</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>&amp;Land (für Beratungsstellen)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Die Sprache des Computers</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>Passt zum Alter</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{feature} bei {apps}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>Noch nicht besprochen</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>Heute darüber gesprochen</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag darüber gesprochen</numerusform>
            <numerusform>Vor %n Tagen darüber gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>alle %n Tag wieder aufgreifen</numerusform>
            <numerusform>alle %n Tage wieder aufgreifen</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago} ({every})</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>Zeit für ein weiteres Gespräch (seit %n Tag)</numerusform>
            <numerusform>Zeit für ein weiteres Gespräch (seit %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>Neu in diesem Alter: {band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>Nächster Schritt noch offen: {text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Familienrunde</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>Die Familienvereinbarung wieder ansehen (beschlossen am {date})</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Mit {name} sprechen</translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{app} für {name}: %n Einstellung vorzunehmen</numerusform>
            <numerusform>{app} für {name}: %n Einstellungen vorzunehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{app} für {name}: %n Einstellung erneut zu prüfen</numerusform>
            <numerusform>{app} für {name}: %n Einstellungen erneut zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{app} für {name}: %n Einstellung zu prüfen</numerusform>
            <numerusform>{app} für {name}: %n Einstellungen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>Nächster Schritt: {text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} ist jetzt in einer neuen Altersgruppe ({band})</translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>{name} kommt in eine neue Altersgruppe ({band})</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>Vorgeschlagenes Thema: „{topic}“</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit {date}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>%n App zu prüfen</numerusform>
            <numerusform>%n Apps zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>%n weitere Sache</numerusform>
            <numerusform>%n weitere Sachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n Sache zu erledigen</numerusform>
            <numerusform>%n Sachen zu erledigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>Ein nächster Schritt aus einem Gespräch ist fällig</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>Ihr Kind</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Familienrunde</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>Zeit für Ihre Familienrunde: ein paar Minuten darüber, was alle online gemacht haben.</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>Erinnerung von FamilySafe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>FamilySafe: {count}</source>
        <translation>FamilySafe: {count}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>Erinnerungen auf dem Desktop an&amp;zeigen</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>Wenn es Zeit für die Familienrunde ist, und einmal am Tag für Überfälliges. FamilySafe bleibt dafür im Infobereich.</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>&amp;Namen der Kinder in Erinnerungen zeigen</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>Schalten Sie das aus, wenn andere Ihren Bildschirm sehen können. Notizen werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Uhrzeit der täglichen Erinnerung</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>FamilySafe beim Anmelden aut&amp;omatisch starten</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>Zu meinem &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>Es startet unauffällig im Infobereich, damit Erinnerungen Sie erreichen.</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>Eine Kalenderdatei mit der Familienrunde, den nächsten Gesprächen und Prüfungen speichern, zum Öffnen in Ihrer Kalender-App. Private Notizen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>Tägliche Erinnerung &amp;um</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>Änderungen gelten sofort. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>Zeiten, Orte und Geräte</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>Orte und Zeiten ohne Bildschirm</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>z. B. der Küchentisch, beim Essen, Schlafzimmer</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>Geräte gehen &amp;schlafen um</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Schlafenszeit der Geräte</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>Wie lange Spiele und Videos dauern</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>z. B. 1 Stunde an Schultagen, 2 am Wochenende</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>z. B. Tablet, Nintendo Switch (mit Kommas getrennt)</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>Steht auf der Vereinbarung und dem Merkblatt für Betreuungspersonen. Lassen Sie ein Feld leer, um es wegzulassen. Für jüngere Kinder sagt die Vereinbarung auch, dass Schlaf und Bewegung zuerst kommen.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>Apps, die FamilySafe kennt</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>&amp;Ohne Bildschirm</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>S&amp;piele und Videos</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>Noch keine hinzugefügt</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Für {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>Vorgeschlagene Themen</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>Gespräch darüber &amp;festhalten…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>&amp;Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>Zuletzt besprochen am {date}</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>Gespräche mit jedem Kind</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>Ein Gespräch mit einem Kind steht an, wenn so lange keines mit ihm festgehalten wurde. Kurze, regelmäßige Gespräche wirken besser als seltene lange.</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>Mit jedem Kind sprechen</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>Für &amp;alle</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>Wie für die Familie</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Alle zwei Monate</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Alle drei Monate</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Mit {name} sprechen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Nichts steht an</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>Wenn ein Gespräch, eine Prüfung der Einstellungen oder eine Familienrunde ansteht, erscheint es hier. Fügen Sie zuerst Ihre Kinder und die Apps hinzu, die sie nutzen.</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>Heute: {things}.</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>Für heute alles erledigt. Als Nächstes: {what}, {date}.</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>Für heute alles erledigt. Als Nächstes: ein Gespräch mit {name}, {date}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Verschoben auf {date}.</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>Das war schon erledigt. Die Liste ist jetzt aktuell.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>Leitfaden zum Thema</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>{strand} · für {bands}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>Was rüberkommen sollte</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>Was Sie sagen könnten: für Ihr eigenes Wissen</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>Was Sie sagen könnten ({band})</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>Etwas, das Sie gemeinsam tun können</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Anzeichen, dass etwas nicht stimmt</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Wenn es passiert</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>Passende App-Funktionen: {features}</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>Fakten geprüft am {date}. Quellen:</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>Themen anzeigen für</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>App-Funktion</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>Jede App-Funktion</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>F&amp;unktion</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Themen suchen</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>Gesprächsleitfäden für jedes Alter: was Sie sagen können, warum es wichtig ist und was zu tun ist, wenn etwas passiert.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alle Altersgruppen</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>{name} ({band})</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>Kein Thema passt. Versuchen Sie ein anderes Wort oder Alter.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>FamilySafe &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>&amp;Heute fällig</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>Gespräch &amp;festhalten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>Alles, was heute fällig ist: {count}…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>Heute steht nichts an</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>Nennen Sie die Erwachsenen, zu denen Ihre Kinder immer gehen können. Die Vereinbarung druckt ihre Namen und die Beratungsstelle für Kinder in Ihrem Land.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>z. B. Tante Mei</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Telefon (freiwillig)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FamilySafe hilft Ihnen, Ihre Kinder online auf die Art zu schützen, die am besten wirkt: indem Sie mit ihnen sprechen, regelmäßig und auf ihrer Ebene, und indem Sie die richtigen Einstellungen zur Privatsphäre vornehmen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alles bleibt auf diesem Computer.&lt;/b&gt; FamilySafe hat kein Konto, verbindet sich nie mit dem Internet und beobachtet nie, was Ihre Kinder tun.&lt;/p&gt;&lt;p&gt;Fügen Sie zu Beginn die Kinder Ihrer Familie hinzu. Ein Spitzname und der Geburtsmonat genügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>&amp;Wo wir leben (für Beratungsstellen und die Notrufnummer)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>FamilySafe bei der Anmeldung unauffällig starten, damit Erinnerungen mich erreichen</translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>Mein erstes Kind hinzufügen</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Erst einmal umsehen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation>Livestreaming</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>Videochat</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>Sprachchat</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Kontakt mit Fremden</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Öffentliches Profil</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Standort teilen</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>In-App-Käufe</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>Geschenke und Trinkgelder</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>Selbstlöschende Nachrichten</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>Zufällige Verbindung mit Fremden</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>Inhalte von anderen Nutzern</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>KI-Chatbot</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>Selbstbild und Identität</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>Beziehungen online</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>Ruf im Netz</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>Mobbing im Netz</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>Mit Informationen online umgehen</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>Gesundheit, Wohlbefinden und Lebensstil</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>Privatsphäre und Sicherheit</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>Urheberrecht und Eigentum</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone und iPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>Im Web</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>Auf einem Computer</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>Auf der Konsole</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>Für Kinder und Jugendliche</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>Für Eltern und Betreuungspersonen</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>Für Kinder und Erwachsene</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Zum Melden</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Unter 5</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>{low} bis {high} Jahre</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe: Ein Befehl wird benötigt (siehe --help)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Bitte melden Sie es.</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> (für {names})</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Noch nicht beschlossen.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>Fassung {version}, beschlossen am {agreed}; wieder ansehen am {review}.</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>Noch keine Zeilen. Siehe: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>Seit dem Beschluss geändert: Beschließen Sie sie erneut mit: familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Passt zu</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>Zeile {id} hinzugefügt: {text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>Zeile {id} entfernt.</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>Beschlossen: Fassung {version}, wieder ansehen am {date}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Beschlossen am</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Wieder ansehen am</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>Mindestalter: {age}</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>Kein Mindestalter</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>wo es abweicht: {list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>Elternfunktionen: {tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>Funktionen: {list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>Altersfreigabe: {rating} ({source}, geprüft am {date})</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>Altersregeln</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>Checkliste zur Privatsphäre</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>Ab {age} Jahren.</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>So melden Sie etwas</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>Quellen (Fakten geprüft am {date})</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>Quelle: {source} (geprüft am {date})</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>Kalender in {path} gespeichert (Termine: {count}).</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>{path} gespeichert. Seiten: {pages}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Altersgruppen</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Kernbotschaften</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Anzeichen, dass etwas nicht stimmt</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Wenn es passiert</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>Gesprächsanfänge ({band})</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>Aktivität ({band})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>Mindestalter</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>Notruf: {number}</translation>
    </message>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>{name} hinzugefügt ({band}).</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>Noch niemand. Fügen Sie jemanden hinzu mit: familysafe member add NAME --born JJJJ-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>erwachsen oder Betreuungsperson</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Umbenannt in {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>{name} entfernt, auch aus den Sicherungen (Dateien: {count}).</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>{name} entfernt. In den Sicherungen bleibt die Person, bis diese ersetzt werden, innerhalb eines Jahres.</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>{app} hinzugefügt.</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>Hinweis: {app} verlangt ein Mindestalter von {age}. Altersgrenzen gibt es wegen der Funktionen und Kontakte, die die App erlaubt; Sie kennen Ihr Kind am besten, und die Checkliste hilft, die Nutzung sicherer zu machen.</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>{app} entfernt.</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>unter ihrem Mindestalter</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>Geltende Altersregeln:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>Gespräch {id} festgehalten.</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>Gespräch {id} gespeichert.</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>Gespräch {id} gelöscht.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>{key} ist jetzt {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>Gesichert als {id} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>Noch keine Sicherungen. Erstellen Sie eine mit: familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt (Personen: {members}, Gespräche: {talks}).</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: Warnung: Andere Benutzer dieses Computers können den Ordner {folder} lesen; FamilySafe lässt seine Berechtigungen, wie sie sind (chmod 700 macht ihn privat).</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program}: {message} (siehe --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Datum: Verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} liegt außerhalb der Daten, mit denen FamilySafe arbeitet ({first} bis {last})</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>„{text}“ ist keine ID</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>Verwenden Sie eine ID von {low} bis {high} (nicht {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>„{text}“ ist keine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>Verwenden Sie eine Anzahl von Tagen von {low} bis {high} (nicht {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>„{text}“ ist keine Anzahl von Themen</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>Verwenden Sie eine Anzahl von Themen von {low} bis {high} (nicht {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>Verwenden Sie eine Zahl von {low} bis {high} (nicht {text})</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>nennen Sie das Kind, das geändert werden soll</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Für {name} gespeichert.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>Ohne Bildschirm</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Schlafenszeit der Geräte</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>Spiele und Videos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>Vertrauensperson: {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>Noch keine Vertrauenspersonen genannt.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the family agreement: build it, agree it, review it</source>
        <translation>die Familienvereinbarung: aufschreiben, beschließen, überprüfen</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>die Vereinbarung, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>vorgeschlagene Zeilen für das Alter Ihrer Kinder</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>eine Zeile zu einem Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>die ID eines Abschnitts, aus &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>die ID eines Vorschlags</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>Ihre eigenen Worte (bis zu 300 Zeichen)</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>nur für diese Kinder (Standard: alle)</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>eine Zeile entfernen</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>die Vereinbarung so beschließen, wie sie ist (eine neue Version)</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>jemand, der zugestimmt hat</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>der Tag, an dem sie beschlossen wurde (Standard: heute)</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>wann sie wieder angesehen wird (Standard: in drei Monaten)</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>jede beschlossene Version</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>Sicherungen Ihrer Daten erstellen, auflisten oder wiederherstellen</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>Ihre Daten jetzt sichern</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>die Sicherungen auflisten, die neueste zuerst, mit ihrem Inhalt</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>eine Sicherung an die Stelle Ihrer Daten setzen (die vorher gesichert werden)</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>die ID der Sicherung, aus: familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>das Wiederherstellen bestätigen</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>Dateien für andere Programme speichern: eine Kalenderdatei, PDF-Dokumente</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>eine Kalenderdatei (.ics) mit der Familienrunde und allem Anstehenden: in Ihre Kalender-App importieren; erneutes Importieren aktualisiert dieselben Termine</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>die zu schreibende Datei, z. B. familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>aufnehmen, was in den nächsten DAYS Tagen ansteht (Standard: %(default)s)</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>ein PDF zum Drucken oder Weitergeben: die Familienvereinbarung, ein Merkblatt für Betreuungspersonen, der Familienplan oder Gesprächskarten</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement: die Vereinbarung in Worten, die Kinder lesen können, mit Platz für alle Unterschriften. carer: für Großeltern und Babysitter der Vorname jedes Kindes, die Altersgruppe, Apps, Regeln und eingerichtete Einstellungen, was zu tun ist, wenn sie etwas beunruhigt, und wen man anruft. plan: für die Eltern, worüber als Nächstes gesprochen wird, die geführten Gespräche, was ansteht und die Checkliste jeder App; private Notizen nur mit --include-notes. cards: die Gesprächsanfänge eines Themas als Karten zum Ausschneiden.</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>die zu schreibende Datei, z. B. plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>das Dokument (Standard: plan)</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>nur diese Kinder (Standard: jedes Kind)</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards: das Thema (siehe: familysafe topic list)</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards: die Altersgruppe, deren Worte verwendet werden</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan: die privaten Notizen der Gespräche aufnehmen</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>durchgehend größere Schrift</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>nur diese Abschnitte (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: die IDs seiner Abschnitte, specifics, trusted-adults und signatures)</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement: ein Exemplar für jedes Zuhause, mit dessen Namen als Überschrift</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer: wie man Sie erreicht (Standard: die gespeicherte Angabe)</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer: Nachbarn oder Verwandte zum Anrufen (Standard: die gespeicherte Angabe; sonst eine leere Zeile)</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer: wo Sie sind und wann Sie zurück sind (nie gespeichert; Standard: leere Zeilen)</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer: Ihre Wohnadresse für den Rettungsdienst (nie gespeichert; Standard: eine leere Zeile)</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 oder letter (US Letter); Standard: die gespeicherte Wahl, sonst das im Land Übliche</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>Gesprächsthemen durchsehen</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>Themen auflisten</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>nur Themen für diese Altersgruppe</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>der ganze Leitfaden zu einem Thema</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>die Gesprächsanfänge für diese Altersgruppe zeigen</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>der App-Katalog und die Apps eines Kindes</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>jede App, die FamilySafe kennt, mit ihrer Checkliste</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>der ganze Eintrag einer App: Alter, Regeln, Checkliste, Quellen</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>Beratungsstellen und Meldewege für ein Land</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>die eines anderen Landes, nach ISO-Code, z. B. GB, US, AU (Standard: das Land der Familie)</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>die Beratungsstellen aller Länder</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>die Menschen in Ihrem Haushalt hinzufügen, auflisten, umbenennen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>ein Kind oder einen Erwachsenen hinzufügen</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>ein angezeigter Name; ein Spitzname genügt</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>der Geburtsmonat eines Kindes</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>erwachsen oder Betreuungsperson</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>den Haushalt auflisten</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>den Namen einer Person ändern</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>den Geburtsmonat eines Kindes ändern</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>eine Person und alles über sie entfernen (in den Sicherungen bleibt sie, bis diese ersetzt werden, außer mit --from-backups)</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>das Entfernen bestätigen</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>auch jede Sicherung ohne diese Person neu schreiben (und die vor Updates aufbewahrten Kopien löschen)</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>wo FamilySafe seine Daten aufbewahrt (Standard: der Datenordner des Benutzers; oder FAMILYSAFE_DATA_DIR setzen)</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>so tun, als wäre heute dieses Datum (um vorauszuplanen)</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>FamilySafe hilft Ihnen, Ihre Kinder online zu schützen, indem Sie mit ihnen sprechen. Ohne Befehl öffnet es das Fenster. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>die Version von FamilySafe anzeigen und beenden</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>das Fenster mit einer Beispielfamilie in einem temporären Ordner öffnen</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>im Infobereich starten (beim Start nach der Anmeldung verwendet)</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>JSON (UTF-8) statt Text ausgeben</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>Apps hinzufügen, die ein Kind nutzt</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>eine App bei einem Kind entfernen</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>die Apps, die eine Person nutzt</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>Checklisten zur Privatsphäre: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>der Tag der Prüfung (Standard: heute)</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>ein Gespräch festhalten</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>private Notizen (nie in Erinnerungen gezeigt)</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>wie es gelaufen ist</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>Fälligkeitsdatum des nächsten Schritts</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>ein festgehaltenes Gespräch ändern (was Sie weglassen, bleibt)</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>aus &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>wer dabei war</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>private Notizen (&apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>wie es gelaufen ist (&apos;&apos; löscht es)</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>ein festgehaltenes Gespräch löschen</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>festgehaltene Gespräche</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>worüber als Nächstes sprechen</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>was überfällig ist und was ansteht (Exit-Code 3, wenn etwas überfällig ist)</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>nichts ausgeben, wenn nichts überfällig ist</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>einen anstehenden Punkt eine Weile ausblenden</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>der Schlüssel des Punkts, aus &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 für einen Tag, 7 für eine Woche</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>einen anstehenden Punkt als erledigt markieren</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>Einstellungen lesen und ändern: Land, Sprache, Familienrunde, ...</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>den Wert einer Einstellung ausgeben</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>ein Name aus &apos;familysafe settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>eine Einstellung ändern (ein leerer VALUE stellt den Standard wieder her)</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>jede Einstellung und ihr Wert</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>das Land der Familie für Beratungsstellen und Papier, z. B. GB, US, AU (auto: das des Computers)</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>die Sprache von FamilySafe, z. B. en, es (auto: die des Computers)</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>die Textgröße im Fenster in Prozent: 100, 125 oder 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>das Papier, auf dem Dokumente gedruckt werden: a4 oder letter (auto: das im Land Übliche)</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>wie gedruckte Dokumente die Familie nennen (leer: „Unsere Familie“)</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>wie eine Betreuungsperson die Eltern erreicht, gedruckt auf dem Merkblatt</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>der Autor, der in PDF-Dateien eingetragen wird (leer: keiner)</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>wie oft die Familienrunde ist: weekly, fortnightly oder monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>der Tag der Familienrunde: monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>bei einer monatlichen Familienrunde die Woche: 1, 2, 3, 4 oder last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>die Uhrzeit der Familienrunde, z. B. 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>wie oft mit jedem Kind sprechen: 1w, 2w, 1m, 2m oder 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>wie oft die Einstellungen zur Privatsphäre erneut geprüft werden, in Monaten (1 bis 24)</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>Erinnerungen auf dem Desktop, während FamilySafe läuft: on oder off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>ob Erinnerungen die Vornamen der Kinder zeigen: on oder off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>wann die tägliche Übersicht über Überfälliges kommt, z. B. 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>der eigene Gesprächsrhythmus eines Kindes (oder family)</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>für jedes Kind: Orte und Zeiten ohne Bildschirm, Schlafenszeit der Geräte, Zeit für Spiele und Videos, und Geräte (ohne Optionen angezeigt; ein leerer Wert löscht eine Angabe)</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>das Kind (Standard: alle)</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>Orte und Zeiten ohne Bildschirm, z. B. &quot;Essen&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>wann die Geräte schlafen gehen, z. B. 20:00 (&quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>wie lange Spiele und Videos dauern, z. B. &quot;1 Stunde am Tag&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>die Geräte des Kindes, mit Kommas getrennt, z. B. &quot;Tablet, Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>die Vertrauenspersonen, die Ihre Familie in der Vereinbarung nennt</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>eine Vertrauensperson nennen</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>z. B. &quot;Tante Mei&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>eine Telefonnummer, die neben dem Namen gedruckt wird</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>eine Vertrauensperson entfernen</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>die genannten Vertrauenspersonen</translation>
    </message>
</context>
</TS>
