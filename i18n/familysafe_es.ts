<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe no puede usar su carpeta de datos: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe. Your saved data is safe: the last action was not saved.

{error}</source>
        <translation>Algo ha fallado dentro de FamilySafe. Tus datos guardados están a salvo: la última acción no se guardó.

{error}</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppRow</name>
    <message>
        <source>{age}+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age}+ ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its minimum age is {age}: above your child&apos;s age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has changed since you checked this on {date}: please look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on {date}. Time to look again: settings drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>What to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>Escribe un nombre. Basta con un apodo.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Un nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Un nombre no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>Ya hay alguien llamado «{name}» en la familia.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>Indica el mes de nacimiento (año y mes).</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{born}» no es un mes de nacimiento: usa AAAA-MM o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>El mes de nacimiento {born} está en el futuro.</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>Quien nació en {born} tiene más de {limit} años: añádelo como adulto.</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>No hay nadie llamado «{name}» en la familia.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>Estos datos se guardaron con una versión más reciente de FamilySafe (esquema {found}; esta versión conoce el {known}). Actualiza FamilySafe para abrirlos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>Ese mes no tiene ese día.</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>En FamilySafe los adultos no tienen mes de nacimiento.</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them: add --yes to confirm.</source>
        <translation>Quitar a alguien borra todo lo suyo: añade --yes para confirmar.</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs 1 to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs 1 to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>No se pueden abrir los datos de FamilySafe: {detail}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Miembros de la familia</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Añadir un &amp;niño o niña</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>Añadir un a&amp;dulto o cuidador</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>¿Quién forma tu familia?</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>Empieza añadiendo a tus hijos. FamilySafe solo necesita un nombre o apodo y el mes en que nacieron: con eso sugiere de qué hablar a su edad. Después añade a los adultos y cuidadores que los atienden. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>Añade a tu primer hijo o hija</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>Los niños y adultos de tu familia. Los niños pasan solos a la siguiente franja de edad a medida que crecen.</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone.</source>
        <translation>Se quitará a {name} y todo lo que FamilySafe sabe de esa persona: sus aplicaciones, listas de comprobación y las conversaciones registradas. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>Adulto o cuidador</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Menores de 5</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>De {low} a {high} años</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation type="unfinished">&amp;Anotar una charla…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Log a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>{app} (familia de ejemplo)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>Familia de ejemplo: los cambios no se guardan.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation type="unfinished">&amp;Anotar una charla…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>Un nombre o un apodo</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>Basta con un apodo. FamilySafe nunca necesita el nombre completo.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Niño o niña</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>&amp;Adulto o cuidador</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>Día de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>Sin día</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>Basta con el mes: FamilySafe lo usa para saber qué consejos encajan con su edad y los actualiza a medida que crecen.</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>Nació &amp;en</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked about {days} days ago (worth revisiting every {revisit} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for another talk ({days} days past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New now they are {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with {name} about “{topic}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} for {name}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check {app} for {name}: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {band}: {count} new topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FamilySafe: {count} things are due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks with each child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start FamilySafe when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log the talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is overdue and what is coming up in the next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>&amp;Abrir FamilySafe</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>&amp;Pendiente hoy</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Anotar una charla…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>All {count} things due…</source>
        <translation>Las {count} cosas pendientes…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>Hoy no hay nada pendiente</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Te damos la bienvenida a {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FamilySafe te ayuda a proteger a tus hijos en internet de la forma que mejor funciona: hablando con ellos, con regularidad y a su nivel, y dejando bien puestos los ajustes de privacidad.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Todo se queda en este ordenador.&lt;/b&gt; FamilySafe no tiene cuentas, nunca se conecta a internet y nunca vigila lo que hacen tus hijos.&lt;/p&gt;&lt;p&gt;Para empezar, añade a los niños de tu familia. Basta con un apodo y el mes en que nacieron.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>Añadir a mi primer hijo</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Echar un vistazo primero</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>Se ha añadido a {name} ({band}).</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>Aún no hay nadie. Añade a alguien con: familysafe member add NOMBRE --born AAAA-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño o niña</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>adulto o cuidador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Ahora se llama {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se ha guardado a {name}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se ha quitado a {name}.</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
