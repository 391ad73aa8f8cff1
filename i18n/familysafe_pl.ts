<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>Zatwierdzić umowę rodzinną</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>Najpierw przeczytajcie ją razem w całości. Tutaj zaznacza się każdą osobę, która ją przyjmuje; każda podpisuje też wydrukowany egzemplarz. Ponowne zatwierdzenie później zachowuje wcześniejsze wersje.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Zatwierdzono dnia</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>Kto zatwierdził</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Wrócić do niej dnia</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Zatwierdzono &amp;dnia</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>&amp;Kto zatwierdził</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>&amp;Przegląd dnia</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>Zmień punkt</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>Napisz własny punkt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Część</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>Punkt, własnymi słowami</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>np. Telefony ładują się w nocy w kuchni</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>Najlepiej tak, żeby najmłodsze dziecko, którego dotyczy, mogło to przeczytać. Krótko jest dobrze.</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>Tylko dla tych dzieci</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>Jeśli punkt dotyczy wszystkich, nie trzeba nikogo zaznaczać.</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Część</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Dla</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>&amp;Dodaj do naszej umowy</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>Propozycje dla wieku Waszych dzieci</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Nasza umowa</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>&amp;Napisz własny…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Przesuń w dó&amp;ł</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>Zatwierdzić &amp;razem…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>Przejrzeliśmy ją i z&amp;ostaje</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>Dru&amp;kuj do podpisu…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>Czas, miej&amp;sca i urządzenia…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>Z&amp;aufani dorośli…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>Rodzinne zasady korzystania z internetu, spisane i przyjęte wspólnie, razem z tym, co w zamian obiecują dorośli. Można wybrać spośród propozycji albo napisać własne.</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>Jeszcze nic nie spisano. Na początek warto wybrać kilka punktów z propozycji.</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>Jeszcze nie zatwierdzona. Gdy brzmi dobrze, zatwierdźcie ją razem.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>Wersja {number}, zatwierdzona {date} przez: {names}. Wrócić do niej do {review}.</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>Od tego czasu wprowadzono zmiany: trzeba zatwierdzić ją ponownie, żeby obowiązywała.</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>{text} (dla: {names})</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>{text} (pasuje dla: {names})</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>Zapisano. FamilySafe przypomni o umowie za trzy miesiące.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe nie może użyć swojego folderu danych: {reason}</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe jest już uruchomiony dla tego folderu danych (nie odpowiedział).</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Przywróć tę kopię</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>W FamilySafe coś poszło nie tak i to, co było właśnie robione, mogło nie zostać zapisane. Warto to sprawdzić i spróbować ponownie.</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>Opis tego, co się stało, jest zapisany w {file} (bez imion i notatek rodziny), gdyby trzeba było wysłać go komuś, kto może pomóc.</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>Aplikacje, których używa {name}</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>Zaznacz aplikacje, gry i urządzenia, których używa {name}. Każde z nich ma swoją listę ustawień prywatności i tematy związane z tym, co umożliwia.</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Szukaj aplikacji, gier i urządzeń</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Szukaj aplikacji</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Aplikacje, gry i urządzenia</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>zaznaczone</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>niezaznaczone</translation>
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
        <translation>Minimalny wiek to {age}: więcej niż wiek dziecka.</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>Minimalny wiek {age}</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>Szczegóły aplikacji</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>Minimalny wiek według regulaminu: {age}</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>Regulamin nie podaje minimalnego wieku</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>Gdzie prawo lub regulamin mówią inaczej: {list}</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>Klasyfikacja wiekowa: {rating}</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>Wiek dla funkcji</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>Narzędzie rodzicielskie: {tool}</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>Funkcje, o których warto wiedzieć</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>Lista ustawień prywatności i bezpieczeństwa</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>Od {age} lat.</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>Zgłaszanie w aplikacji</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Fakty sprawdzono {date}. Aplikacje często zmieniają menu: jeśli ścieżka wygląda inaczej, warto poszukać tych samych słów w pobliżu.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>Aplikacje i prywatność</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Szukaj aplikacji, gier i urządzeń</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Aplikacje</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>&amp;Dodaj do aplikacji dziecka</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>Lista ustawień prywatności tej aplikacji pojawi się wtedy na stronie dziecka.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>Co potrafi każda aplikacja, od jakiego wieku jest i które ustawienia warto sprawdzić, z informacją, gdzie je znaleźć.</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>{name} ({age}+)</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>Najpierw trzeba dodać dziecko na stronie Rodzina</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (dodano)</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>Dodano do aplikacji: {name}. Lista ustawień jest na stronie Rodzina.</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>Aplikacje, których używa</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>&amp;Wybierz aplikacje…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>Jakich aplikacji używa?</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>Warto dodać aplikacje, gry i urządzenia, których używa dziecko. Każde ma krótką listę ustawień prywatności, z informacją, gdzie je znaleźć, oraz tematy ważne przy tym, co dana aplikacja umożliwia.</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>Wybierz aplikacje</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>Włączone ustawienia: {done} z {total}</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>Do ponownego sprawdzenia: {count}</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ Minimalny wiek {age}</translation>
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
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>brakuje tych argumentów: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>potrzebny jest jeden z argumentów: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone razem z argumentem %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>wymagany jest jeden argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>dozwolony jest najwyżej jeden argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>wymagany jest co najmniej jeden argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>pominięto jawny argument %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>nieoczekiwana opcja: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nieznane polecenie %(parser_name)r (do wyboru: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>wymagany jest %n argument</numerusform>
            <numerusform>wymagane są %n argumenty</numerusform>
            <numerusform>wymaganych jest %n argumentów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>FamilySafe robi kopię zapasową danych przy pierwszej zmianie każdego dnia, w folderze kopii zapasowych wewnątrz folderu danych. Przechowuje jedną kopię dziennie przez dwa tygodnie, jedną tygodniowo przez trzy miesiące i jedną miesięcznie przez rok.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>Z&amp;rób kopię teraz</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>Przywróć wy&amp;braną kopię…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie można odczytać</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię zapasową?</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>Dane wrócą do stanu z {date}, godz. {time} (osoby: {members}, rozmowy: {talks}), razem z aplikacjami, listami, umową i ustawieniami z tamtej chwili. Zmiany wprowadzone od tego czasu zostaną zastąpione. To, co jest teraz, najpierw trafi do kopii zapasowej, więc będzie można do tego wrócić.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Przywróć tę kopię</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>Dodaj do mojego kalendarza</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>Zapisano wydarzenia ({count}) w {path}.

Wystarczy otworzyć ten plik w aplikacji kalendarza, aby je dodać. Ponowne zapisanie i otwarcie go później zaktualizuje te same wydarzenia zamiast dodawać kopie.</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>Rodzinna rozmowa</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>Kilka minut, regularnie, kiedy rodzina rozmawia o tym, co dzieje się w sieci.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Jak często</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Raz w miesiącu</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Który tydzień miesiąca</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pierwszy</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Drugi</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Trzeci</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Czwarty</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Godzina rozmowy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>Następna: {date} o {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>Listy ustawień prywatności</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>Sprawdzać ustawienia ponownie co tyle miesięcy</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>Sprawdzać &amp;ustawienia co</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>I looked again: still in place</source>
        <translation>Sprawdzone ponownie: nadal włączone</translation>
    </message>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>Od {age} lat: jeszcze nie dla {name}.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>Włączone od {date}; do ponownego sprawdzenia: nasza rada dotycząca tego ustawienia od tego czasu się zmieniła, warto spojrzeć jeszcze raz.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>Włączone od {date}; do ponownego sprawdzenia: ustawienia z czasem się zmieniają, pora spojrzeć jeszcze raz.</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>Zrobione {date}. Sprawdzić ponownie do {recheck}.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Jeszcze nie zrobione.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>Lista ustawień prywatności</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>{app} wymaga od użytkowników co najmniej {min_age} lat; {name} ma {age}. Limity wieku wynikają z tego, kto może nawiązać kontakt i co można zobaczyć. Rodzice znają {name} najlepiej: jeśli dziecko z tego korzysta, poniższe ustawienia zwiększają bezpieczeństwo, a pomaga też rozmowa o tym, po co jest ten limit.</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>Zasady wiekowe: {app}</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>Włączone ustawienia: {done} z {total}.</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>Do ponownego sprawdzenia: {count}.</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Fakty sprawdzono {date}. Aplikacje często zmieniają menu: jeśli ścieżka wygląda inaczej, warto poszukać tych samych słów w pobliżu.</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>Włączone ustawienia: %n z {total}</numerusform>
            <numerusform>Włączone ustawienia: %n z {total}</numerusform>
            <numerusform>Włączone ustawienia: %n z {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>W tym tygodniu nic nie czeka. Następna rozmowa: {date}.</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>Następna rozmowa: {date}.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>Strona dziecka</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>O czym porozmawiać</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>Aplikacje i prywatność</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>Wiek: {years} · {band} · urodzenie: {born}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>Jeszcze nie przetłumaczone na ten język: pokazane po angielsku.</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>Wasze dane</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>FamilySafe trzyma wszystko w tym folderze na tym komputerze i niczego nigdzie nie wysyła. Warto robić jego kopię razem z innymi plikami.</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>Ten komputer nie ma programu, który otwiera foldery. Folder to: {folder}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>FamilySafe nadal działa</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>Zostaje tutaj, w zasobniku, aby przypomnieć, kiedy przyjdzie pora na rozmowę. Aby całkiem go zamknąć, należy wybrać Zakończ z menu tej ikony albo wyłączyć przypomnienia w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>Egzemplarz dla: {home}</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>Nasza umowa rodzinna</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>Umowa nie ma jeszcze żadnych punktów.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>Wersja {version}, zatwierdzona {date}.</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>Wrócimy do niej do {date}.</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>Wersja robocza, jeszcze nie zatwierdzona: przeczytajcie ją razem, zmieńcie to, co nie pasuje, a potem podpiszcie.</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>Zastąpi wersję {version}.</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>Rodzice i opiekunowie obiecują dzieciom:</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>(dla wszystkich dzieci)</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>(dla: {names})</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>Rozmawialiśmy razem o tej umowie i zgadzamy się na nią.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Podpisali</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>{topic}: {band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>Wytnij wzdłuż przerywanych linii. Wybierzcie kartę przy obiedzie, w samochodzie albo przed snem i więcej słuchajcie, niż mówicie.</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>Opieka nad: {names}</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>Opieka nad dziećmi</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>Dziękujemy za opiekę nad dziećmi. Na tej kartce jest to, co warto wiedzieć o ich czasie w sieci, i co zrobić, jeśli coś budzi niepokój.</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>W nagłej sytuacji proszę dzwonić pod numer {number}.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Jak się z nami skontaktować</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>Kontakt zapasowy (sąsiad, krewny)</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>Gdzie jesteśmy i kiedy wracamy</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>Nasz adres, dla służb ratunkowych</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>urządzenia idą spać o {time}</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>bez ekranów: {places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>gry i filmy: {time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>Tajemniczość wokół urządzenia lub gry.</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>Nagłe zmiany nastroju lub snu.</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>Prezenty lub pieniądze, których dziecko nie umie wyjaśnić.</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>Nowy, starszy „przyjaciel” z internetu.</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>Często mają one inną przyczynę. Proszę zachować spokój, nie wypytywać dziecka i dać nam znać.</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>Sygnały, że dziecku może dziać się krzywda w internecie</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>Jeśli dzieci korzystają z internetu u Państwa w domu, proszę włączyć filtr domowego Wi-Fi lub internetu (kontrolę rodzicielską operatora) i użyć tych samych ustawień na urządzeniach, których tam używają.</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>Urządzenia u Państwa w domu:</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>U Państwa w domu</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>Dla każdego dziecka</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>Także dla: {names}</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>Nasze zasady</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>Urządzenia: {names}</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>Aplikacje i urządzenia</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>Nasze limity</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>Włączone ustawienia prywatności</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>W FamilySafe nic nie jest jeszcze oznaczone jako zrobione</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>do ponownego sprawdzenia</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Proszę nie</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Zachować to, co się stało</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>Komu powiedzieć</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Potem</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>Kiedy emocje opadną</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>Telefony zaufania i gdzie zgłaszać ({country})</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>Numer alarmowy: {number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>Rodzice, opiekunowie</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Zgłaszanie</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>Dla rodziców: o czym porozmawiać, o czym już rozmawialiście, co czeka i jak ustawiona jest każda aplikacja.</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>Ten egzemplarz zawiera prywatne notatki z rozmów. Warto przechowywać go w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>Prywatne notatki z rozmów nie są dołączone.</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>{name} · {band} · wiek: {age}</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>O czym porozmawiać</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>W tym wieku nie ma nic do zaproponowania.</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>ostatnio rozmawiano {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>jeszcze nie rozmawiano</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>O czym rozmawialiście</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>Nie zapisano jeszcze żadnej rozmowy.</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>Jak poszło i notatki</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Jak poszło</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>z: {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notatki: </translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>Wcześniejsze rozmowy: {count}, pierwsza {date}.</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>Zaległe i nadchodzące</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nic nie czeka. Dobra robota.</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>Ustawienia prywatności według aplikacji</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>Nie dodano jeszcze żadnych aplikacji.</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>wymaga od użytkowników co najmniej {age} lat</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>W tym wieku jeszcze niepotrzebne</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>Włączone od {date}; do ponownego sprawdzenia: rada się zmieniła</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>Włączone od {date}; do ponownego sprawdzenia</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>Zrobione {date}; sprawdzić ponownie do {recheck}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Brak otwartych dalszych kroków.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>zaległe od {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>Następna rodzinna rozmowa: {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>o {time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>Wrócić do umowy rodzinnej (wersja {version}) do {date}</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>Umowa rodzinna nie została jeszcze zatwierdzona.</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Dla całej rodziny</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Umowa rodzinna</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Kartka dla opiekuna</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Karty do rozmowy</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Nasza rodzina</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Zaległe od {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Termin: {date}</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>Nasze pory, miejsca i urządzenia</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>Co zrobić w razie niepokoju</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Telefony zaufania</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>Aplikacje, gry i urządzenia, których używamy</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>Bez ekranów: {places}.</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>Urządzenia idą spać o {time}.</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>Gry i filmy: {time}.</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>Sen i ruch są najpierw, każdego dnia, przed ekranami.</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>Nasze pory i miejsca</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>Dorośli, którym ufamy i którym zawsze możemy powiedzieć:</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>Jeśli chcesz porozmawiać z kimś spoza rodziny: {who}.</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>Osoby, z którymi możemy porozmawiać</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>Drukowane dokumenty</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>np. Rodzina Nowaków</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>Jak opiekunowie mogą się z Wami skontaktować</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>np. Mama: 600 123 456</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>Autor wpisywany do plików PDF</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>Pomijany, jeśli pole jest puste</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>&amp;Nazwa rodziny</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>Kon&amp;takt dla opiekunów</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>&amp;Autor w plikach PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>Jak zwykle w naszym kraju</translation>
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
        <translation>Papi&amp;er</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nic nie czeka. Dobra robota.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Odłożono do {date}.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako zrobione</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Inne tematy</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Na tydzień</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>Zapisz rozmowę…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Otwórz ustawienia</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Otwórz umowę</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>Zobacz nowe tematy</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>Można zacząć od: „{starter}”</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>{settings}; i jeszcze %n</numerusform>
            <numerusform>{settings}; i jeszcze %n</numerusform>
            <numerusform>{settings}; i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>Nowe tematy: {titles}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>Proszę podać imię. Wystarczy zdrobnienie.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Imię może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>Imię może zawierać litery, cyfry, spacje i znaki interpunkcyjne, ale nie znaki niewidoczne ani sterujące. Proszę wpisać je jeszcze raz.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>Ktoś o imieniu „{name}” już jest w domu.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>Proszę podać miesiąc urodzenia dziecka (rok i miesiąc).</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>„{born}” to nie miesiąc urodzenia: proszę użyć RRRR-MM lub RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>Miesiąc urodzenia {born} jest w przyszłości.</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>Osoba urodzona w {born} ma ponad {limit} lat: proszę dodać ją jako dorosłego.</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>W domu nie ma nikogo o imieniu „{name}”.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>Te dane zapisała nowsza wersja FamilySafe (schemat {found}; ta wersja zna {known}). Aby je otworzyć, trzeba zaktualizować FamilySafe. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>Ten miesiąc nie ma takiego dnia.</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>W FamilySafe dorośli nie mają miesiąca urodzenia.</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>Usunięcie osoby kasuje wszystko, co jej dotyczy; kopie zapasowe zachowują ją, dopóki nie zostaną zastąpione nowszymi (dodaj --from-backups, aby usunąć ją także z kopii): dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>Nie ma tematu „{id}”. Zobacz: familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>Nie ma aplikacji „{id}”. Zobacz: familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>FamilySafe nie ma jeszcze telefonów zaufania dla kodu kraju „{country}”.</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>„{band}” to nie przedział wiekowy: proszę użyć 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 lub 18+.</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>Temat „{id}” nie jest napisany dla wieku {band}; pasuje do: {bands}.</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>Trzeba zaznaczyć co najmniej jedną osobę, która brała udział.</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>Trzeba zaznaczyć co najmniej jeden temat rozmowy.</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>Proszę w kilku słowach napisać, co dalej (najwyżej {limit} liter i spacji).</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} jest osobą dorosłą: to jest dla dzieci.</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} nie używa „{id}”.</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>{app} nie ma na liście pozycji „{id}”.</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>Nic, co czeka, nie ma klucza „{key}”. Zobacz: familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>Aby oznaczyć to jako zrobione, trzeba zapisać rozmowę.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>Data {date} jest w przyszłości.</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>Proszę napisać punkt w kilku słowach (najwyżej {limit} liter i spacji).</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>Punkt musi być jedną linią, bez podziałów wiersza i znaków sterujących.</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>Proszę wybrać propozycję albo napisać własne słowa (jedno z dwóch).</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>Propozycja „{id}” już jest w umowie.</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>Nie ma części umowy „{id}”. Zobacz: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>Część „{section}” nie ma propozycji „{id}”. Zobacz: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>Umowa nie ma punktu {id}. Zobacz: familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>Ta część ma tyle punktów: {count}. Proszę wybrać miejsce wśród nich.</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>Przed zatwierdzeniem trzeba dodać do umowy co najmniej jeden punkt.</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>Proszę podać, kto zatwierdził: co najmniej jedną osobę z domu.</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>Wersję {version} zatwierdzono {date}: nowej wersji nie można zatwierdzić wcześniej.</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>Data przeglądu musi być późniejsza niż {date}.</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>Proszę wybrać datę przeglądu w ciągu {years} lat od {date}.</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>Umowa nie została jeszcze zatwierdzona. Zobacz: familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>Nie ma wersji {version} umowy.</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>Proszę wybrać wielkość tekstu: {sizes} procent.</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>„{value}” to nie wartość dla {key}: proszę użyć {expected}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>Nie ma ustawienia „{key}” (zobacz: familysafe settings list).</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>Proszę wybrać papier: a4 lub letter (nie „{paper}”).</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe nie jest przetłumaczony na „{language}”. Proszę wybrać jeden z: {languages}.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>To jest za długie: najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>Ten tekst zawiera znaki niewidoczne lub sterujące (może został skądś wklejony). Proszę wpisać go jeszcze raz.</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>Nie udało się odczytać tego tekstu (nie jest w UTF-8). Proszę wpisać go jeszcze raz.</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>Data {date} jest zbyt dawna: proszę podać datę od 1900 roku.</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>Dalszy krok powinien przypadać w ciągu {years} lat: proszę wybrać datę do {limit}.</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>Nie można otworzyć danych FamilySafe: {detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>Dane FamilySafe w {path} są uszkodzone ({reason}). Najnowsza dobra kopia zapasowa to {id}: przywróć ją poleceniem: {command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>Dane FamilySafe w {path} są uszkodzone ({reason}) i nie ma dobrej kopii zapasowej do przywrócenia. Zachowaj ten plik: być może da się go jeszcze naprawić.</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>Inny program blokował dane FamilySafe dłużej niż {seconds} s, więc tego nie zapisano. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe jest otwarty w oknie: najpierw go zamknij, potem przywróć kopię.</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>Nie ma kopii zapasowej „{id}”. Zobacz: familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>Kopia zapasowa {id} jest uszkodzona i nie da się jej przywrócić. Wybierz inną.</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>Kopia zapasowa nie przeszła sprawdzenia i nie została zachowana: {detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>Przywrócenie zastąpi dane kopią zapasową {id} (obecne dane najpierw trafią do kopii): dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>Nie można zapisać {path}: to urządzenie lub potok, a nie plik. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>Folder {folder} nie istnieje. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>Nie udało się zapisać {path}: {reason}. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>„{kind}” to nie dokument, który tworzy FamilySafe: proszę użyć agreement, carer, plan lub cards.</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>„{id}” to nie część tego dokumentu; do wyboru: {sections}.</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>Proszę wybrać temat kart do rozmowy. Zobacz: familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>Na razie nie ma nic do wpisania do kalendarza: najpierw trzeba dodać dziecko.</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>Nie udało się zmienić uruchamiania FamilySafe przy logowaniu: {reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>tego pliku lub folderu tam nie ma</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>ten komputer nie pozwala FamilySafe tam zapisywać</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>to miejsce można tylko odczytać, nie można w nim zapisywać</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>to jest folder, a nie plik</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>ta nazwa jest za długa dla tego komputera</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>coś o tej nazwie już tam jest</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>komputer nie mógł tego zrobić</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>Drukuj lub udostępnij</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwa rodziny</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>np. Rodzina Nowaków</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Części</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Dołącz prywatne &amp;notatki</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Jak się z Wami skontaktować</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>np. Mama: 600 123 456</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Kontakt zapasowy</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>np. pani Ito z sąsiedztwa: 07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>Gdzie jesteśmy, kiedy wracamy</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>np. W teatrze, wracamy do 23:00</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>Adres domowy dla służb ratunkowych</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>Nie jest zapisywany. Puste: linia do wpisania ręcznie</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>Mieszkamy w dwóch &amp;domach: egzemplarz dla każdego</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>Nazwy domów</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>np. Dom mamy, dom taty</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>Słowa dla wieku</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>D&amp;uży druk</translation>
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
        <translation>&amp;Otwórz plik po zapisaniu</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Do&amp;kument</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nazwa &amp;rodziny</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>Dziec&amp;i</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>Sło&amp;wa dla</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>Kontakt zapa&amp;sowy</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>&amp;Gdzie jesteśmy, kiedy wracamy</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>Adr&amp;es domowy</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Domy</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Druku&amp;j…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>Wydrukuj na drukarce podłączonej do tego komputera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Umowa rodzinna</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Kartka dla opiekuna</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan rodzinny</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Karty do rozmowy</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>Wasza umowa, słowami zrozumiałymi dla dzieci, z miejscem na podpis każdej osoby.</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>Dla dziadków i opiekunek: aplikacje i zasady każdego dziecka, włączone ustawienia, co zrobić, gdy coś pójdzie nie tak, i do kogo dzwonić. Bez dat urodzenia.</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>Dla rodziców: o czym porozmawiać, o czym już rozmawiano, co jest zaległe i ustawienia każdej aplikacji.</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>Pytania do rozmowy na jeden temat, jako karty do wydrukowania i wycięcia.</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>Brak kontaktu: na kartce będą puste linie, żeby można było dopisać, jak się z Wami skontaktować.</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>Notatki zapisane po rozmowach znajdą się w tym pliku. Każdy, kto zobaczy plik lub wydruk, może je przeczytać.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>Strony: %n (pokazana pierwsza).</numerusform>
            <numerusform>Strony: %n (pokazane pierwsze {shown}).</numerusform>
            <numerusform>Strony: %n (pokazane pierwsze {shown}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>Strony: %n.</numerusform>
            <numerusform>Strony: %n.</numerusform>
            <numerusform>Strony: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>PDF jest zapisany, ale ten komputer nie ma programu, który go otwiera. Plik jest w {folder}.</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Przygotowywanie do druku…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Nie udało się użyć drukarki. Nic nie zostało wydrukowane.</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>Strony wysłane do drukarki: %n.</numerusform>
            <numerusform>Strony wysłane do drukarki: %n.</numerusform>
            <numerusform>Strony wysłane do drukarki: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>&amp;Części</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>Kont&amp;akt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>Zapisano {path}. Strony: {pages}.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Domownicy</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Dodaj &amp;dziecko</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>Dodaj d&amp;orosłego lub opiekuna</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>Kto jest w Waszej rodzinie?</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>Na początek warto dodać dzieci. Imię lub zdrobnienie i miesiąc urodzenia to wszystko, czego potrzebuje FamilySafe: na tej podstawie proponuje, o czym rozmawiać w danym wieku. Potem można dodać dorosłych i opiekunów, którzy się nimi zajmują. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>Dodaj pierwsze dziecko</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>Dzieci i dorośli w Waszym domu. Dzieci same przechodzą do kolejnego przedziału wiekowego, gdy rosną.</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation>{name} to osoba dorosła lub opiekun. Dorośli mogą brać udział w rozmowach i podpisywać umowę rodzinną; kartka dla opiekuna jest napisana z myślą o takich osobach.</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>{name}
Dorosły lub opiekun</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>{name}
{age} · {band}</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>To usunie osobę {name} i wszystko, co FamilySafe o niej wie: jej aplikacje, listy i zapisane z nią rozmowy. Tego nie da się cofnąć. Kopie zapasowe zachowują ją, dopóki nie zostaną zastąpione nowszymi, najpóźniej w ciągu roku; w następnym kroku można usunąć ją także z kopii zapasowych.</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>To usunie osobę {name} z domowników i z rozmów, w których brała udział (rozmowa, w której nie ma nikogo innego, też zostanie usunięta). Tego nie da się cofnąć. Kopie zapasowe zachowują ją, dopóki nie zostaną zastąpione nowszymi, najpóźniej w ciągu roku; w następnym kroku można usunąć ją także z kopii zapasowych.</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>Usunąć osobę {name} także z kopii zapasowych?</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>Kopie zapasowe wciąż zawierają osobę {name}. Usunąć ją teraz ze wszystkich kopii? Każda kopia zostanie zapisana na nowo bez niej i sprawdzona; reszta pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>Usuń z kopii zapasowych</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Usunąć: {name}?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>Cała rodzina</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>wiek {years}</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>Dorosły lub opiekun</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Pomoc teraz</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Do kogo zadzwonić najpierw</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>Spokojny oddech. Działając, robicie właściwą rzecz. Jeśli dziecku grozi teraz niebezpieczeństwo, najpierw należy zadzwonić pod numer alarmowy.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>Telefony zaufania i zgłaszanie</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>W nagłej sytuacji: {number}</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>W nagłej sytuacji dzwonić pod {number}</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Najpierw to</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Proszę nie</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>Bezpieczne zachowanie dowodów</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Zgłaszanie</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>Kto może pomóc ({country})</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Potem</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>Zapisane rozmowy</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Zapisz rozmowę…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edy&amp;tuj…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>Nie zapisano jeszcze rozmów z {name}. Po rozmowie można ją zapisać tutaj.</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>{date} · z: {names}</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>Jak poszło: {text}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>Dalszy krok: {text} ({state})</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>Usunąć tę rozmowę?</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>To usunie rozmowę z {date}, jej notatki i dalsze kroki. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>Usuń rozmowę</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} i {last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Edit a talk</source>
        <translation>Edytuj rozmowę</translation>
    </message>
    <message>
        <source>Log a talk</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Data rozmowy</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Kto brał udział</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Znajdź temat</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>Omówione tematy</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Jak poszło</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>Opcjonalnie: jak poszło, w kilku słowach</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Prywatne notatki</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>Opcjonalne prywatne notatki. Zostają na tym komputerze, nigdy nie pojawiają się w przypomnieniach, a w drukowanych planach tylko na życzenie.</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>Dodaj &amp;dalszy krok</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalszy krok</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>np. Razem wyłączyć czat w Roblox</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>Termin dalszego kroku</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Z kim</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Tematy</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;Jak poszło</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>{app} (przykładowa rodzina)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pomoc teraz</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>Co zrobić, jeśli coś się stało (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>Przykładowa rodzina: zmiany nie są zachowywane.</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>Zapi&amp;sz rozmowę…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>&amp;Drukuj lub udostępnij…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>Dodaj do ka&amp;lendarza…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Przejdź do</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>Pomoc &amp;teraz</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Edytuj: {name}</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>Imię lub zdrobnienie</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>Wystarczy zdrobnienie. FamilySafe nigdy nie potrzebuje pełnego imienia i nazwiska.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Dziecko</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>D&amp;orosły lub opiekun</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Miesiąc urodzenia</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>Dzień urodzenia (opcjonalnie)</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>Bez dnia</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>Miesiąc wystarczy: FamilySafe używa go, aby wiedzieć, które rady pasują do wieku, i przesuwa dziecko dalej, gdy rośnie.</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>&amp;Urodzenie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Pomniejsz (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Powiększ (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Podgląd stron</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Strona {number}</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>Kraj, język i wielkość tekstu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>&amp;Kraj (dla telefonów zaufania)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Język komputera</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Jak na tym komputerze</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Większy</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Największy</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Wielkość tekstu</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>Pasuje do wieku</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{feature} w: {apps}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>Jeszcze nie rozmawiano</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>Rozmawiano o tym dzisiaj</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>Rozmawiano o tym %n dzień temu</numerusform>
            <numerusform>Rozmawiano o tym %n dni temu</numerusform>
            <numerusform>Rozmawiano o tym %n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>warto wracać co %n dzień</numerusform>
            <numerusform>warto wracać co %n dni</numerusform>
            <numerusform>warto wracać co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago} ({every})</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>Pora na kolejną rozmowę (%n dzień po terminie)</numerusform>
            <numerusform>Pora na kolejną rozmowę (%n dni po terminie)</numerusform>
            <numerusform>Pora na kolejną rozmowę (%n dni po terminie)</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>Nowe w tym wieku: {band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>Wciąż otwarty dalszy krok: {text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Rodzinna rozmowa</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>Wrócić do umowy rodzinnej (zatwierdzonej {date})</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Rozmowa: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{app} ({name}): %n ustawienie do włączenia</numerusform>
            <numerusform>{app} ({name}): %n ustawienia do włączenia</numerusform>
            <numerusform>{app} ({name}): %n ustawień do włączenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{app} ({name}): %n ustawienie do ponownego sprawdzenia</numerusform>
            <numerusform>{app} ({name}): %n ustawienia do ponownego sprawdzenia</numerusform>
            <numerusform>{app} ({name}): %n ustawień do ponownego sprawdzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{app} ({name}): %n ustawienie do sprawdzenia</numerusform>
            <numerusform>{app} ({name}): %n ustawienia do sprawdzenia</numerusform>
            <numerusform>{app} ({name}): %n ustawień do sprawdzenia</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>Dalszy krok: {text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} jest teraz w nowym przedziale wiekowym ({band})</translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>{name} przechodzi do nowego przedziału wiekowego ({band})</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>Proponowany temat: „{topic}”</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Od {date}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>%n aplikacja do sprawdzenia</numerusform>
            <numerusform>%n aplikacje do sprawdzenia</numerusform>
            <numerusform>%n aplikacji do sprawdzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>jeszcze %n rzecz</numerusform>
            <numerusform>jeszcze %n rzeczy</numerusform>
            <numerusform>jeszcze %n rzeczy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n rzecz do zrobienia</numerusform>
            <numerusform>%n rzeczy do zrobienia</numerusform>
            <numerusform>%n rzeczy do zrobienia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>Przyszła pora na dalszy krok po rozmowie</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>dziecko</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Rodzinna rozmowa</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>Pora na rodzinną rozmowę: kilka minut o tym, co każdy robił w sieci.</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>Przypomnienie FamilySafe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
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
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>Pokazuj prz&amp;ypomnienia na pulpicie</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>Gdy nadejdzie pora rozmowy rodzinnej, i raz dziennie o tym, co zaległe. FamilySafe zostaje w zasobniku, aby je pokazywać.</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>Pokazuj &amp;imiona dzieci w przypomnieniach</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>Warto wyłączyć, jeśli inni mogą widzieć ekran. Notatki nigdy nie są pokazywane.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Godzina codziennego przypomnienia</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>Uruchamiaj FamilySafe przy &amp;logowaniu</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>Dodaj do kalen&amp;darza…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>Uruchamia się po cichu w zasobniku, żeby przypomnienia mogły dotrzeć.</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>Zapisuje plik kalendarza z rodzinną rozmową oraz kolejnymi rozmowami i sprawdzeniami, do otwarcia w aplikacji kalendarza. Bez prywatnych notatek.</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>Codzienne przypo&amp;mnienie o</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>Zmiany działają od razu. Wszystko zostaje na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>Pory, miejsca i urządzenia</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>Miejsca i pory bez ekranów</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>np. stół w kuchni, posiłki, sypialnie</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>Urządzenia idą &amp;spać o</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Pora snu urządzeń</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>Jak długo trwają gry i filmy</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>np. 1 godzina w dni szkolne, 2 w weekendy</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>np. tablet, Nintendo Switch (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>Drukowane w umowie i na kartce dla opiekuna. Zostaw pole puste, aby to pominąć. U młodszych dzieci umowa mówi też, że sen i ruch są najważniejsze.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Dziecko</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>Aplikacje znane FamilySafe</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>&amp;Bez ekranów</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Pora snu</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>&amp;Gry i filmy</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Urządzenia</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>Jeszcze nic nie dodano</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Zapisano dla: {name}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>Proponowane tematy</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>&amp;Zapisz rozmowę na ten temat…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>Otwórz prze&amp;wodnik</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>Ostatnio rozmawiano {date}</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>Rozmowy z każdym dzieckiem</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>Dziecko ma czekającą rozmowę, jeśli przez tyle czasu nie zapisano z nim żadnej. Krótkie, regularne rozmowy działają lepiej niż rzadkie i długie.</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>Rozmowa z każdym dzieckiem</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>Dla ws&amp;zystkich</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>Jak dla rodziny</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Co dwa miesiące</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Co trzy miesiące</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Rozmowa: {name}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Nic nie czeka</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>Gdy przyjdzie pora na rozmowę, sprawdzenie ustawień lub rodzinną rozmowę, pojawi się tutaj. Na początek warto dodać dzieci i aplikacje, których używają.</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>Dzisiaj: {things}.</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>Na dziś wszystko zrobione. Następne: {what}, {date}.</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>Na dziś wszystko zrobione. Następne: rozmowa z {name}, {date}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Zrobione.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Odłożono do {date}.</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>To zostało już załatwione. Lista jest teraz aktualna.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>Przewodnik po temacie</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>{strand} · dla: {bands}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>Co przekazać</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>Co można powiedzieć: dla własnej wiedzy</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>Co można powiedzieć ({band})</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>Coś do zrobienia razem</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Sygnały, że coś może być nie tak</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Jeśli to się zdarzy</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>Powiązane funkcje aplikacji: {features}</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>Fakty sprawdzono {date}. Źródła:</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>Pokaż tematy dla</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>Funkcja aplikacji</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>Dowolna funkcja aplikacji</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>&amp;Dla</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>F&amp;unkcja</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Szukaj tematów</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>Przewodniki do rozmów dla każdego wieku: co powiedzieć, dlaczego to ważne i co zrobić, jeśli coś się stanie.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Każdy wiek</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>{name} ({band})</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>Żaden temat nie pasuje. Warto spróbować innego słowa lub wieku.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>&amp;Otwórz FamilySafe</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>&amp;Na dziś</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Zapisz rozmowę…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>Wszystko na dziś: {count}…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>Na dziś nic nie czeka</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>Zaufani dorośli</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>Wpisz dorosłych, do których Twoje dzieci zawsze mogą się zwrócić. Umowa drukuje ich imiona i telefon zaufania dla dzieci w Twoim kraju.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>np. ciocia Mei</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (nieobowiązkowo)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Telefon (nieobowiązkowo)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Witamy w {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FamilySafe pomaga dbać o bezpieczeństwo dzieci w sieci w sposób, który działa najlepiej: przez rozmowę z nimi, regularnie i na ich poziomie, oraz przez włączenie odpowiednich ustawień prywatności.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wszystko zostaje na tym komputerze.&lt;/b&gt; FamilySafe nie ma konta, nigdy nie łączy się z internetem i nigdy nie śledzi, co robią dzieci.&lt;/p&gt;&lt;p&gt;Na początek warto dodać dzieci z rodziny. Wystarczy zdrobnienie i miesiąc urodzenia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>&amp;Gdzie mieszkamy (dla telefonów zaufania i numeru alarmowego)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>Uruchamiaj FamilySafe po cichu przy logowaniu, żeby przypomnienia mogły dotrzeć</translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>Dodaj pierwsze dziecko</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Najpierw się rozejrzę</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation>Transmisje na żywo</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>Czat wideo</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>Czat głosowy</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Wiadomości prywatne</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Kontakt z nieznajomymi</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Profil publiczny</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Udostępnianie lokalizacji</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>Zakupy w aplikacji</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>Prezenty i napiwki</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>Znikające wiadomości</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>Losowe łączenie z nieznajomymi</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>Treści tworzone przez innych użytkowników</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>Czatbot AI</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>Wizerunek i tożsamość</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>Relacje w sieci</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>Reputacja w sieci</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>Przemoc w sieci</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>Zarządzanie informacjami w sieci</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>Zdrowie, dobrostan i styl życia</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>Prywatność i bezpieczeństwo</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>Prawa autorskie i własność</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone i iPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>W przeglądarce</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>Na komputerze</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>Na konsoli</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>Dla dzieci i młodzieży</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>Dla rodziców i opiekunów</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>Dla dzieci i dorosłych</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Do zgłaszania</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dorośli</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Poniżej 5 lat</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>Wiek od {low} do {high} lat</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe: potrzebne jest polecenie (zobacz --help)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>Stało się coś nieoczekiwanego. Prosimy to zgłosić.</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> (dla: {names})</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Jeszcze nie zatwierdzona.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>Wersja {version}, zatwierdzona {agreed}; wrócić do niej {review}.</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>Brak punktów. Zobacz: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>Zmieniona od zatwierdzenia: można zatwierdzić ją ponownie poleceniem: familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Pasuje dla</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>Dodano punkt {id}: {text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>Usunięto punkt {id}.</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>Zatwierdzono: wersja {version}, do ponownego przejrzenia {date}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Zatwierdzili</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>Minimalny wiek: {age}</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>Brak minimalnego wieku</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>gdzie jest inaczej: {list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>Kontrola rodzicielska: {tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>Funkcje: {list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>Klasyfikacja: {rating} ({source}, sprawdzono {date})</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>Zasady wiekowe</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>Lista ustawień prywatności</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>Od {age} lat.</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Jak zgłosić</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>Źródła (fakty sprawdzono {date})</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>Źródło: {source} (sprawdzono {date})</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>Zapisano kalendarz w {path} (wydarzenia: {count}).</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>Zapisano {path}. Strony: {pages}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Przedziały</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Dlaczego to ważne</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Najważniejsze przesłania</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Sygnały, że coś może być nie tak</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Jeśli to się zdarzy</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>Na początek rozmowy ({band})</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>Zajęcie ({band})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>Min. wiek</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>numer alarmowy: {number}</translation>
    </message>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>Dodano: {name} ({band}).</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>Nikogo jeszcze nie ma. Osobę można dodać poleceniem: familysafe member add NAME --born YYYY-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>dziecko</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>dorosły lub opiekun</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Urodzenie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Przedział</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Zmieniono imię na {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Zapisano: {name}.</translation>
    </message>
    <message>
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>Usunięto: {name}, także z kopii zapasowych (pliki: {count}).</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>Usunięto: {name}. Kopie zapasowe zachowują tę osobę, dopóki nie zostaną zastąpione nowszymi, najpóźniej w ciągu roku.</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>Dodano: {app}.</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>Uwaga: {app} wymaga od użytkowników co najmniej {age} lat. Limity wieku wynikają z funkcji i kontaktów, na które aplikacja pozwala; rodzice znają swoje dziecko najlepiej, a lista ustawień pomaga zwiększyć bezpieczeństwo.</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>Usunięto: {app}.</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>poniżej minimalnego wieku</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>Obowiązujące zasady wiekowe:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Ponowne sprawdzenie</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>Zapisano rozmowę {id}.</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>Zapisano rozmowę {id}.</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>Usunięto rozmowę {id}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Z kim</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Zrobione.</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>{key} ma teraz wartość {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>Utworzono kopię zapasową {id} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>Nie ma jeszcze kopii zapasowych. Utwórz pierwszą poleceniem: familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie można odczytać</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>Przywrócono kopię zapasową z {when} (osoby: {members}, rozmowy: {talks}).</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: ostrzeżenie: inni użytkownicy tego komputera mogą czytać folder {folder}; FamilySafe nie zmienia jego uprawnień (chmod 700 sprawi, że będzie prywatny).</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program}: {message} (zobacz --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>„{text}” to nie data: użyj formatu RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} jest poza zakresem dat, z którymi działa FamilySafe (od {first} do {last})</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>„{text}” to nie identyfikator</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>użyj identyfikatora od {low} do {high} (nie {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>„{text}” to nie liczba dni</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>użyj liczby dni od {low} do {high} (nie {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>„{text}” to nie liczba tematów</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>użyj liczby tematów od {low} do {high} (nie {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}” to nie liczba</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>użyj liczby od {low} do {high} (nie {text})</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>podaj dziecko, które chcesz zmienić</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Zapisano dla: {name}.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>Bez ekranów</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Pora snu urządzeń</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>Gry i filmy</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>Zaufany dorosły: {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Usunięto: {name}.</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>Nie wpisano jeszcze zaufanych dorosłych.</translation>
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
        <translation>umowa rodzinna: napisz ją, zatwierdź, przejrzyj</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>umowa w obecnym kształcie</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>proponowane punkty dla wieku Twoich dzieci</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>dodaj punkt do sekcji</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>identyfikator sekcji, z &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>identyfikator propozycji</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>Twoje własne słowa (do 300 znaków)</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>tylko dla tych dzieci (domyślnie: dla wszystkich)</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>usuń punkt</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>zatwierdź umowę w obecnym kształcie (nowa wersja)</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>osoba, która się zgodziła</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>dzień zatwierdzenia (domyślnie dziś)</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>kiedy przejrzeć ją ponownie (domyślnie za trzy miesiące)</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>wszystkie zatwierdzone wersje</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>twórz, wyświetlaj lub przywracaj kopie zapasowe danych</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>zrób teraz kopię zapasową danych</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>wyświetl kopie zapasowe, od najnowszej, z tym, co zawiera każda z nich</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>przywróć kopię zapasową w miejsce obecnych danych (które najpierw trafią do kopii)</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>identyfikator kopii, z: familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>potwierdź przywrócenie</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>zapisz pliki dla innych programów: plik kalendarza, dokumenty PDF</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>plik kalendarza (.ics) z rodzinną rozmową i tym, co czeka: zaimportuj go do kalendarza; ponowny import aktualizuje te same wydarzenia</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>plik do zapisania, np. familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>uwzględnij to, co czeka w ciągu najbliższych DAYS dni (domyślnie %(default)s)</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>PDF do wydrukowania lub udostępnienia: umowa rodzinna, kartka dla opiekuna, plan rodzinny lub karty do rozmowy</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement: umowa słowami, które dzieci potrafią przeczytać, z miejscem na podpisy wszystkich. carer: dla dziadków i opiekunek imię każdego dziecka, przedział wiekowy, aplikacje, zasady i włączone ustawienia, co robić, gdy coś ich zaniepokoi, i do kogo dzwonić. plan: dla rodziców, o czym rozmawiać dalej, odbyte rozmowy, co czeka i lista każdej aplikacji; prywatne notatki tylko z --include-notes. cards: sposoby na rozpoczęcie rozmowy na jeden temat, jako karty do wycięcia.</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>plik do zapisania, np. plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>dokument (domyślnie plan)</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>tylko te dzieci (domyślnie: każde dziecko)</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards: temat (zobacz: familysafe topic list)</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards: przedział wiekowy, którego słowa zostaną użyte</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan: dołącz prywatne notatki z rozmów</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>większy tekst w całym dokumencie</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>tylko te sekcje (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: identyfikatory jej sekcji, specifics, trusted-adults i signatures)</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement: jeden egzemplarz dla każdego domu, z jego nazwą w nagłówku</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer: jak się z Tobą skontaktować (domyślnie: zapisany kontakt)</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer: sąsiad lub krewny, do którego można zadzwonić (domyślnie: zapisany kontakt; inaczej pusta linia)</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer: gdzie jesteś i kiedy wrócisz (nigdy nie jest zapisywane; domyślnie: puste linie)</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer: Twój adres domowy dla służb ratunkowych (nigdy nie jest zapisywany; domyślnie: pusta linia)</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 lub letter (US Letter); domyślnie: zapisany wybór, a bez niego zwyczaj w danym kraju</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>przeglądaj tematy rozmów</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>wyświetl tematy</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>tylko tematy dla tego przedziału wiekowego</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>cały przewodnik do tematu</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>pokaż sposoby na rozpoczęcie rozmowy dla tego przedziału</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>katalog aplikacji i aplikacje dziecka</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>wszystkie aplikacje znane FamilySafe, z ich listami</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>cały opis aplikacji: wiek, zasady, lista, źródła</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>telefony zaufania i sposoby zgłaszania w danym kraju</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>dla innego kraju, według kodu ISO, np. GB, US, AU (domyślnie: kraj rodziny)</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>telefony zaufania we wszystkich krajach</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>dodawaj, wyświetlaj, zmieniaj imiona, edytuj lub usuwaj domowników</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>dodaj dziecko lub osobę dorosłą</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>wyświetlane imię; wystarczy zdrobnienie</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>miesiąc urodzenia dziecka</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>osoba dorosła lub opiekun</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>wyświetl domowników</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>zmień czyjeś imię</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>zmień miesiąc urodzenia dziecka</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>usuń osobę i wszystko, co jej dotyczy (kopie zapasowe zachowują ją, dopóki nie zostaną zastąpione nowszymi, chyba że z --from-backups)</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>potwierdź usunięcie</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>zapisz też na nowo każdą kopię zapasową bez tej osoby (i usuń kopie zrobione przed aktualizacjami)</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>gdzie FamilySafe przechowuje dane (domyślnie: folder danych użytkownika; albo ustaw FAMILYSAFE_DATA_DIR)</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>udawaj, że dziś jest ta data (do planowania z wyprzedzeniem)</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>FamilySafe pomaga chronić dzieci w internecie dzięki rozmowom z nimi. Bez polecenia otwiera okno. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>pokaż wersję FamilySafe i zakończ</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>otwórz okno z przykładową rodziną w folderze tymczasowym</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>uruchom w zasobniku systemowym (używane przy uruchamianiu po zalogowaniu)</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>wypisz JSON (UTF-8) zamiast tekstu</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>dodaj aplikacje, których używa dziecko</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>usuń aplikację dziecka</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>aplikacje, których używa dana osoba</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>listy ustawień prywatności: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>dzień sprawdzenia (domyślnie dziś)</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>zapisz rozmowę</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>prywatne notatki (nigdy nie pojawiają się w przypomnieniach)</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>jak poszło</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>termin dalszego kroku</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>zmień zapisaną rozmowę (to, czego nie podasz, zostaje bez zmian)</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>z &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>kto brał udział</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>prywatne notatki (&apos;&apos; je usuwa)</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>jak poszło (&apos;&apos; usuwa)</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>usuń zapisaną rozmowę</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>zapisane rozmowy</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>o czym porozmawiać dalej</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>co jest zaległe, a co się zbliża (kod wyjścia 3, gdy coś jest zaległe)</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>nic nie wypisuj, gdy nic nie jest zaległe</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>ukryj na jakiś czas to, co czeka</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>klucz pozycji, z &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 na jeden dzień, 7 na tydzień</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>oznacz jako zrobione to, co czeka</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>odczytuj i zmieniaj ustawienia: kraj, język, rodzinna rozmowa, ...</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>wypisz wartość jednego ustawienia</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>nazwa z &apos;familysafe settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>zmień ustawienie (pusta wartość VALUE przywraca domyślną)</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>wszystkie ustawienia i ich wartości</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>kraj rodziny dla telefonów zaufania i papieru, np. GB, US, AU (auto: kraj komputera)</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>język FamilySafe, np. en, es (auto: język komputera)</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>wielkość tekstu w oknie, w procentach: 100, 125 lub 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>papier, na którym drukują się dokumenty: a4 lub letter (auto: zwyczaj w danym kraju)</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>jak drukowane dokumenty nazywają rodzinę (puste: „Nasza rodzina”)</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>jak opiekun może skontaktować się z rodzicami, drukowane na kartce dla opiekuna</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>autor wpisywany do plików PDF (puste: brak)</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>jak często jest rodzinna rozmowa: weekly, fortnightly lub monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>dzień rodzinnej rozmowy: monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>przy comiesięcznej rozmowie: który tydzień: 1, 2, 3, 4 lub last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>godzina rodzinnej rozmowy, np. 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>jak często rozmawiać z każdym dzieckiem: 1w, 2w, 1m, 2m lub 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>jak często ponownie sprawdzać ustawienia prywatności, w miesiącach (od 1 do 24)</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>przypomnienia na pulpicie, gdy FamilySafe działa: on lub off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>czy przypomnienia pokazują imiona dzieci: on lub off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>kiedy przychodzi codzienne podsumowanie zaległości, np. 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>własny rytm rozmów dziecka (lub family)</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>dla każdego dziecka: miejsca i pory bez ekranów, pora snu urządzeń, czas gier i filmów oraz urządzenia (bez opcji są pokazywane; pusta wartość usuwa daną rzecz)</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>dziecko (domyślnie: wszystkie)</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>miejsca i pory bez ekranów, np. &quot;posiłki&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>kiedy urządzenia idą spać, np. 20:00 (&quot;&quot; oznacza brak)</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>jak długo trwają gry i filmy, np. &quot;1 godzina dziennie&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>urządzenia dziecka, oddzielone przecinkami, np. &quot;tablet, Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>zaufani dorośli, których rodzina wpisuje do umowy</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>wpisz zaufanego dorosłego</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>np. &quot;ciocia Mei&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>numer telefonu drukowany obok imienia</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>usuń zaufanego dorosłego</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>wpisani zaufani dorośli</translation>
    </message>
</context>
</TS>
