<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>Aprobar el acuerdo familiar</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>Primero, léelo entero en familia. Aquí se marca a todas las personas que lo aprueban, y cada una firma la copia impresa. Si se vuelve a aprobar más adelante, se conservan las versiones anteriores.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>Quién lo aprobó</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Volver a revisarlo el</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Aprobado &amp;el</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>&amp;Quién lo aprobó</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>&amp;Revisar el</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Aprobar</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>Cambiar una línea</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>Escribir una línea propia</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>La línea, con tus propias palabras</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>p. ej., Por la noche, los teléfonos se cargan en la cocina</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>Escríbela para que pueda leerla el menor de los niños a los que va dirigida. Cuanto más corta, mejor.</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>Solo para estos niños</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>No marques a nadie si la línea es para todos.</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Línea</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>&amp;Añadir a nuestro acuerdo</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>Sugerencias para la edad de tus hijos</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Nuestro acuerdo</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>&amp;Escribir una línea propia…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>Aprobarlo en &amp;familia…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>Lo revisamos y lo &amp;mantenemos</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>&amp;Imprimir para firmar…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>H&amp;orarios, lugares y aparatos…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>Adu&amp;ltos de confianza…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>Las normas de tu familia para estar en internet, por escrito y acordadas entre todos, junto con lo que los adultos se comprometen a hacer a cambio. Elige entre las sugerencias o escribe las tuyas.</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>Aún no está escrito. Empieza con algunas líneas de las sugerencias.</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>Aún no está aprobado. Cuando te parezca que está bien, apruébalo en familia.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>Versión {number}, aprobada el {date} por {names}. Vuelve a revisar el acuerdo como tarde el {review}.</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>Has hecho cambios desde entonces: apruébalo de nuevo para que cuenten.</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>{text} (para {names})</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>{text} (adecuada para {names})</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>Anotado. FamilySafe te recordará el acuerdo dentro de tres meses.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe no puede usar su carpeta de datos: {reason}</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe ya está abierto para esta carpeta de datos (no respondió).</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>Algo ha fallado dentro de FamilySafe y puede que lo que estabas haciendo no se haya guardado. Compruébalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>Lo ocurrido está anotado en {file} (sin los nombres ni las notas de tu familia), por si quieres enviárselo a alguien que pueda ayudar.</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>Aplicaciones que usa {name}</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>Marca las aplicaciones, juegos y dispositivos que usa {name}. Cada uno trae su lista de comprobación de privacidad y los temas relacionados con lo que permite hacer.</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Buscar aplicaciones, juegos y dispositivos</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Buscar aplicaciones</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Aplicaciones, juegos y dispositivos</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
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
        <translation>Su edad mínima es de {age} años, por encima de la edad de tu hijo o hija.</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>Edad mínima: {age} años</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>Detalles de la aplicación</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>Edad mínima según sus condiciones: {age} años</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>Sus condiciones no fijan una edad mínima</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>Donde la ley o sus condiciones son distintas: {list}</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>Clasificación por edades: {rating}</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>Edades para algunas funciones</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>Control parental: {tool}</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>Funciones que conviene conocer</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>Lista de comprobación de privacidad y seguridad</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>A partir de los {age} años.</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>Cómo denunciar en la aplicación</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Datos comprobados el {date}. Las aplicaciones cambian sus menús a menudo: si una ruta no coincide, busca las mismas palabras cerca.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Buscar aplicaciones, juegos y dispositivos</translation>
    </message>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>Aplicaciones y privacidad</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>&amp;Añadir a las aplicaciones de un niño o niña</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>Su lista de ajustes de privacidad para esta aplicación aparece entonces en su página.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>Lo que permite hacer cada aplicación, su límite de edad y los ajustes que conviene revisar, con dónde encontrarlos.</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>{name} ({age}+)</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>Primero añade un niño o niña en la página Familia</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (añadida)</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>Añadida a las aplicaciones de {name}: su lista está en la página Familia.</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>Aplicaciones que usa</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>Elegir aplicaci&amp;ones…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>¿Qué aplicaciones usa?</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>Añade las aplicaciones, juegos y dispositivos que usa tu hijo o hija. Cada uno trae una breve lista de comprobación de ajustes de privacidad, con dónde encontrarlos, y los temas importantes según lo que permite hacer la aplicación.</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>Elegir aplicaciones</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>{done} de {total} ajustes aplicados</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>Toca volver a revisar: {count}</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ Edad mínima: {age} años</translation>
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
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ha ignorado el argumento explícito %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>cadena de opción inesperada: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>FamilySafe hace una copia de seguridad de tus datos con el primer cambio de cada día, en la carpeta de copias que está dentro de la carpeta de datos. Guarda una por día durante dos semanas, una por semana durante tres meses y una por mes durante un año.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>Hacer copia de seg&amp;uridad ahora</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>Restaurar la copia ele&amp;gida…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>Tus datos volverán a estar como el {date} a las {time} (personas: {members}, charlas: {talks}), con las aplicaciones, listas de comprobación, acuerdo y ajustes de entonces. Los cambios hechos desde entonces se sustituirán. Antes se hace una copia de lo que tienes ahora, para que puedas volver a ello.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>Añadir a mi calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>Se han guardado {count} eventos en {path}.

Abre este archivo con tu aplicación de calendario para añadirlos. Si más adelante lo vuelves a guardar y lo abres, se actualizarán los mismos eventos en lugar de añadirse copias.</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>Reunión familiar</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>Unos minutos, con regularidad, en los que la familia habla de lo que pasa en internet.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Una vez al mes</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Qué semana del mes</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primer</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Tercer</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Cuarto</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Hora de la reunión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>Próxima: {date} a las {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>Listas de comprobación de privacidad</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>Revisar los ajustes cada cierto número de meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>Revisar los a&amp;justes cada</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>A partir de los {age} años: todavía no es para {name}.</translation>
    </message>
    <message>
        <source>I looked again: still in place</source>
        <translation>Lo he vuelto a mirar: sigue igual</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>Listo desde el {date}; toca volver a revisarlo: nuestro consejo sobre este ajuste ha cambiado desde entonces, echa otro vistazo.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>Listo desde el {date}; toca volver a revisarlo: los ajustes cambian con el tiempo, es buen momento para mirarlos otra vez.</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>Hecho el {date}. Vuelve a revisarlo como tarde el {recheck}.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Aún no está hecho.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>Lista de comprobación de privacidad</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>{app} pide que sus usuarios tengan al menos {min_age} años; {name} tiene {age}. Los límites de edad existen por quién puede ponerse en contacto y qué se puede ver. Nadie conoce a {name} mejor que tú: si la usa, los ajustes de abajo la hacen más segura, y ayuda hablar de por qué existe ese límite.</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>Reglas de edad de {app}</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>{done} de {total} ajustes aplicados.</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>Toca volver a revisar: {count}.</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Datos comprobados el {date}. Las aplicaciones cambian sus menús a menudo: si una ruta no coincide, busca las mismas palabras cerca.</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>%n de {total} ajustes listos</numerusform>
            <numerusform>%n de {total} ajustes listos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>Nada pendiente esta semana. Próxima charla: {date}.</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>Próxima charla: {date}.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>La página del niño o niña</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>De qué hablar</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>Aplicaciones y privacidad</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>{years} años · {band} · nacimiento: {born}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>Aún no está traducido a tu idioma: se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>FamilySafe guarda todo en esta carpeta de este ordenador y no envía nada a ningún sitio. Haz copias de seguridad de ella junto con tus otros archivos.</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>Este ordenador no tiene ningún programa que abra carpetas. La carpeta es: {folder}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>FamilySafe sigue en marcha</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>Se queda aquí, en la bandeja del sistema, para recordarte cuándo toca una charla o una reunión familiar. Para cerrarlo del todo, elige Salir en el menú de este icono o desactiva los recordatorios en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>Copia para {home}</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>Nuestro acuerdo familiar</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>El acuerdo todavía no tiene ninguna línea.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>Versión {version}, aprobada el {date}.</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>Volveremos a revisarlo como tarde el {date}.</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>Borrador, todavía sin aprobar: hay que leerlo juntos, cambiar lo que no funcione y después firmarlo.</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>Sustituirá a la versión {version}.</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>Los padres y cuidadores prometen a los niños:</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>(para todos los niños)</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>(para {names})</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>Hemos hablado juntos de este acuerdo y lo aprobamos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>{topic}: {band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>Recorta por las líneas discontinuas. Elige una tarjeta en la cena, en el coche o antes de dormir, y escucha más de lo que hablas.</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>Cuidar de {names}</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>Gracias por cuidar de los niños. En esta hoja tienes lo que necesitas saber sobre su tiempo en internet y qué hacer si algo te preocupa.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Cómo contactarnos</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>Otro contacto (vecino, familiar)</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>Dónde estamos y cuándo volvemos</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>Nuestra dirección, para emergencias</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>los aparatos se van a dormir a las {time}</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>sin pantallas: {places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>juegos y vídeos: {time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>Secretos sobre un aparato o un juego.</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>Cambios repentinos de humor o de sueño.</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>Regalos o dinero que no sabe explicar.</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>Un «amigo» nuevo y mayor de internet.</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>A menudo tienen otra causa. Mantenga la calma, no interrogue al niño o la niña y avísenos.</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>Señales de que un niño puede sufrir daño en internet</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>Si los niños usan internet en su casa, active el filtro de su wifi o de su conexión (el control parental de su proveedor) y use los mismos ajustes en los aparatos que usen allí.</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>Aparatos en su casa:</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>En su casa</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>En caso de emergencia, llama al {number}.</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>No se ha indicado ninguna</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>Aplicaciones y dispositivos</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>Nuestras normas</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>Ajustes de privacidad aplicados</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>Todavía no hay ninguno marcado como hecho en FamilySafe</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Guardar las pruebas</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Por favor, evita</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>Cuidar de los niños</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>Para todos los niños</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>También para {names}</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>Aparatos: {names}</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>Nuestros límites</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>toca volver a revisar</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>A quién avisar</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>Cuando ya ha pasado el momento</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>Líneas de ayuda y dónde denunciar ({country})</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>Emergencias: {number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>Padres, cuidadores</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>Para los padres: de qué hablar ahora, de qué se ha hablado, qué está pendiente y cómo está configurada cada aplicación.</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>Esta copia incluye las notas privadas de tus charlas. Guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>No se incluyen las notas privadas de tus charlas.</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>{name} · {band} · {age} años</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>De qué hablar ahora</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>No hay sugerencias para esta edad.</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>se habló por última vez el {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>aún no se ha hablado de ello</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>De qué se ha hablado</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>Aún no hay charlas anotadas.</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>Qué tal fue y notas</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Qué tal fue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notas: </translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>Charlas anteriores: {count}; la primera, el {date}.</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>Atrasado y próximo</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>No hay nada pendiente. Buen trabajo.</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>Ajustes de privacidad por aplicación</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>Aún no se ha añadido ninguna aplicación.</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>pide que sus usuarios tengan al menos {age} años</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>Aún no hace falta a esta edad</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>Listo desde el {date}; toca volver a revisarlo: el consejo ha cambiado</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>Listo desde el {date}; toca volver a revisarlo</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>Hecho el {date}; vuelve a revisarlo como tarde el {recheck}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>No hay seguimientos pendientes.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>atrasado desde el {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>Próxima reunión familiar: {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>Revisar de nuevo el acuerdo familiar (versión {version}) como tarde el {date}</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>El acuerdo familiar aún no se ha aprobado.</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Para toda la familia</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Acuerdo familiar</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Hoja para cuidadores</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan familiar</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Tarjetas de conversación</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Nuestra familia</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Atrasado desde el {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Para el {date}</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>Nuestros horarios, lugares y aparatos</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>Qué hacer si algo te preocupa</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>Las aplicaciones, juegos y aparatos que usamos</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>Sin pantallas: {places}.</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>Los aparatos se van a dormir a las {time}.</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>Juegos y vídeos: {time}.</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>Dormir y moverse van primero, cada día, antes que las pantallas.</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>Nuestros horarios y lugares</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>Adultos de confianza a los que siempre podemos contárselo:</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>Si quieres hablar con alguien de fuera de la familia: {who}.</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>Personas con las que podemos hablar</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>p. ej., Familia Okafor</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>Cómo pueden contactarte los cuidadores</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>p. ej., Mamá: 600 123 456</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>Autor que figura en los archivos PDF</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>No se incluye a menos que lo rellenes</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>Nombre de la fa&amp;milia</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>C&amp;ontacto para cuidadores</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>&amp;Autor en los archivos PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>Lo habitual en nuestro país</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>Pap&amp;el</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>No hay nada pendiente. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Pospuesto hasta el {date}.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Una semana</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>Anotar la charla…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Abrir el acuerdo</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>Ver los temas nuevos</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>Podéis empezar con: «{starter}»</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>{settings}; y %n más</numerusform>
            <numerusform>{settings}; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>Temas nuevos: {titles}</translation>
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
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>Un nombre puede llevar letras, números, espacios y signos de puntuación, pero no caracteres invisibles ni de control. Escríbalo de nuevo, por favor.</translation>
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
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>No hay ningún tema «{id}». Consulta: familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>No hay ninguna aplicación «{id}». Consulta: familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>FamilySafe aún no tiene líneas de ayuda para el código de país «{country}».</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>«{band}» no es una franja de edad: usa 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 o 18+.</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>El tema «{id}» no está escrito para las edades {band}; es adecuado para {bands}.</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>Marca al menos a una persona que haya participado.</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>Marca al menos un tema del que se haya hablado.</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} es una persona adulta: esto es para niños.</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} no usa «{id}».</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>{app} no tiene ningún elemento «{id}» en su lista de comprobación.</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>Ninguna tarea pendiente tiene la clave «{key}». Consulta: familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>Anota una charla para marcarlo como hecho.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>La fecha {date} está en el futuro.</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>Escribe en pocas palabras lo que vas a hacer (como mucho {limit} letras y espacios).</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>Quitar a alguien borra todo lo que hay sobre esa persona; las copias de seguridad la conservan hasta que se renuevan (añade --from-backups para quitarla también de las copias): añade --yes para confirmar.</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>Escribe la línea en pocas palabras (como mucho {limit} letras y espacios).</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>Una línea debe ser una sola línea, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>Elige una sugerencia o escribe tus propias palabras (una de las dos cosas).</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>La sugerencia «{id}» ya está en el acuerdo.</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>No hay ninguna sección del acuerdo «{id}». Consulta: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>La sección «{section}» no tiene ninguna sugerencia «{id}». Consulta: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>El acuerdo no tiene ninguna línea {id}. Consulta: familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>Esa sección tiene {count} líneas: elige un lugar entre ellas.</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>Añade al menos una línea al acuerdo antes de aprobarlo.</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>Indica quién lo aprobó: al menos una persona de la familia.</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>La versión {version} se aprobó el {date}: no se puede aprobar una versión nueva con una fecha anterior.</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>La fecha de revisión debe ser posterior al {date}.</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>Elige una fecha de revisión como máximo {years} años después del {date}.</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>El acuerdo aún no se ha aprobado. Consulta: familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>No existe la versión {version} del acuerdo.</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>Elige un tamaño de texto del {sizes} por ciento.</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>“{value}” no es un valor válido para {key}: usa {expected}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>No existe el ajuste “{key}” (consulta: familysafe settings list).</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>Elige el papel: a4 o letter (no “{paper}”).</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe no está traducido al idioma “{language}”. Elige uno de estos: {languages}.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>Es demasiado largo: como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>Ese texto contiene caracteres invisibles o de control (quizá se pegó de otro sitio). Escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>No se pudo leer ese texto (no está en UTF-8). Escríbalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>La fecha {date} es demasiado antigua: indique una fecha a partir de 1900.</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>Un seguimiento debe quedar dentro de {years} años: elija una fecha no posterior al {limit}.</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>No se pueden abrir los datos de FamilySafe: {detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>Los datos de FamilySafe en {path} están dañados ({reason}). La copia de seguridad en buen estado más reciente es {id}: restáurala con: {command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>Los datos de FamilySafe en {path} están dañados ({reason}) y no hay ninguna copia de seguridad en buen estado que restaurar. Conserva el archivo: quizá todavía se pueda reparar.</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>Otro programa mantuvo bloqueados los datos de FamilySafe durante más de {seconds} segundos, así que esto no se ha guardado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe está abierto en una ventana: ciérrala primero y luego restaura.</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>No hay ninguna copia de seguridad «{id}». Consulta: familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>La copia de seguridad {id} está dañada y no se puede restaurar. Elige otra.</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>La copia de seguridad no pasó la comprobación y no se ha guardado: {detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>Restaurar pone la copia de seguridad {id} en lugar de tus datos (de los que antes se hace una copia): añade --yes para confirmar.</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>No se pudo guardar {path}: es un dispositivo o una tubería, no un archivo. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>La carpeta {folder} no existe. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>No se pudo guardar {path}: {reason}. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>«{kind}» no es un documento que FamilySafe pueda crear: usa agreement, carer, plan o cards.</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>«{id}» no es una sección de este documento; elige entre: {sections}.</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>Elige un tema para las tarjetas de conversación. Consulta: familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>Todavía no hay nada que poner en un calendario: añade primero a un niño o niña.</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>No se pudo cambiar el inicio de FamilySafe al iniciar sesión: {reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>ese archivo o carpeta no existe</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>este ordenador no permite a FamilySafe escribir ahí</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>en ese lugar solo se puede leer, no escribir</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>eso es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>ese nombre es demasiado largo para este ordenador</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>ya hay algo con ese nombre</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>el ordenador no ha podido hacerlo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>Imprimir o compartir</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>p. ej., Familia Okafor</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Incluir notas pri&amp;vadas</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Cómo contactarte</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>p. ej., Mamá: 600 123 456</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Otro contacto</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>p. ej. la vecina, Sra. Ito: 07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>Dónde estamos y cuándo volvemos</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>p. ej. En el teatro, volvemos a las 23:00</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>Dirección de casa para emergencias</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>No se guarda. Vacío: una línea para escribirla a mano</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>Vivimos en dos &amp;hogares: una copia para cada uno</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>Nombres de los hogares</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>p. ej., Casa de mamá, Casa de papá</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>Palabras para la edad</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Open the file after saving</source>
        <translation>&amp;Abrir el archivo después de guardarlo</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nombre de la &amp;familia</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Niños</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>&amp;Palabras para</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>&amp;Segundo contacto</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>Dónde estamos y c&amp;uándo volvemos</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>D&amp;irección de casa</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>Ta&amp;maño del papel</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>Imprimirlo en una impresora de este ordenador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Acuerdo familiar</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Hoja para cuidadores</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan familiar</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Tarjetas de conversación</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>El acuerdo de tu familia, con palabras que los niños pueden leer y un espacio para que todos firmen.</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>Para abuelos y otras personas que cuidan a los niños: las aplicaciones y normas de cada niño, los ajustes activados, qué hacer si algo sale mal y a quién llamar. Sin fechas de nacimiento.</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>Para los padres: de qué hablar ahora, de qué se ha hablado ya, qué se ha quedado pendiente y los ajustes de cada aplicación.</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>Las ideas para empezar la conversación de un tema, en tarjetas para imprimir y recortar.</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>Sin contacto: la hoja tendrá líneas en blanco para que escribas cómo localizarte.</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>Las notas que escribiste después de las charlas estarán en este archivo. Cualquiera que vea el archivo o la copia impresa podrá leerlas.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>Páginas: %n (se muestra la primera).</numerusform>
            <numerusform>Páginas: %n (se muestran las {shown} primeras).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>Páginas: %n.</numerusform>
            <numerusform>Páginas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>El PDF está guardado, pero este ordenador no tiene ningún programa que lo abra. Está en {folder}.</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>No se ha podido usar la impresora. No se ha impreso nada.</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>Páginas enviadas a la impresora: %n.</numerusform>
            <numerusform>Páginas enviadas a la impresora: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>Se&amp;cciones</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>Contact&amp;o</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>Se ha guardado {path}. Páginas: {pages}.</translation>
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
        <translation>{name} figura como adulto o cuidador. Los adultos pueden participar en las charlas y firmar el acuerdo familiar; la hoja para cuidadores está pensada para personas como {name}.</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>{name}
Adulto o cuidador</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>{name}
{age} · {band}</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Esto quita a {name} y todo lo que FamilySafe sabe de esa persona: sus aplicaciones, listas de comprobación y las charlas anotadas con ella. No se puede deshacer. Las copias de seguridad la conservan hasta que se renuevan, en menos de un año; a continuación puedes quitarla también de las copias.</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Esto quita a {name} de la familia y de las charlas en las que participó (una charla en la que no hay nadie más también se borra). No se puede deshacer. Las copias de seguridad la conservan hasta que se renuevan, en menos de un año; a continuación puedes quitarla también de las copias.</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>¿Quitar a {name} también de las copias de seguridad?</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>Las copias de seguridad todavía contienen a {name}. ¿Quitar a esa persona de todas las copias ahora? Cada copia se vuelve a escribir sin ella y se comprueba; el resto se mantiene.</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>Quitar de las copias</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>Toda la familia</translation>
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
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>A quién llamar primero</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>Respira hondo. Al actuar, estás haciendo lo correcto. Si un niño o niña corre peligro ahora mismo, llama primero al número de emergencias.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>Líneas de ayuda y denuncias</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>En caso de emergencia, llama al {number}</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>En caso de emergencia, llama al {number}</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Haz esto primero</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Por favor, evita</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>Guardar las pruebas de forma segura</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>Quién puede ayudar en {country}</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>Charlas anotadas</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Anotar una charla…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Borra&amp;r…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>Aún no hay charlas anotadas con {name}. Después de una charla, anótala aquí.</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>{date} · con {names}</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>Qué tal fue: {text}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>Seguimiento: {text} ({state})</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>¿Borrar esta charla?</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>Se borrarán la charla del {date}, sus notas y sus seguimientos. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>Borrar la conversación</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Log a talk</source>
        <translation>Anotar una charla</translation>
    </message>
    <message>
        <source>Edit a talk</source>
        <translation>Editar una charla</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Fecha de la charla</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Buscar un tema</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>Temas de los que se habló</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Qué tal fue</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>Opcional: qué tal fue, en pocas palabras</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>Notas privadas opcionales. Se quedan en este ordenador y nunca aparecen en los recordatorios; en los planes impresos, solo si tú lo eliges.</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>Añadir un &amp;seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>p. ej., Desactivar juntos el chat en Roblox</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>Fecha límite del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Con</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;Qué tal fue</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
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
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>Qué hacer si ha pasado algo (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>Familia de ejemplo: los cambios no se guardan.</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>A&amp;notar una charla…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>&amp;Imprimir o compartir…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>Añadir a mi &amp;calendario…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Pedir ayuda ahora</translation>
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
        <translation>N&amp;iño o niña</translation>
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
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>País, idioma y tamaño del texto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>&amp;País (para las líneas de ayuda)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Como en este ordenador</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>El más grande</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>Adecuado para su edad</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{feature} en {apps}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>Aún no se ha hablado de ello</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>Hablasteis de esto hoy</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>Hablasteis de esto hace %n día</numerusform>
            <numerusform>Hablasteis de esto hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>conviene repasarlo cada %n día</numerusform>
            <numerusform>conviene repasarlo cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago} ({every})</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>Toca volver a hablarlo (pasado por %n día)</numerusform>
            <numerusform>Toca volver a hablarlo (pasado por %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{app} de {name}: %n ajuste por configurar</numerusform>
            <numerusform>{app} de {name}: %n ajustes por configurar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{app} de {name}: %n ajuste por revisar</numerusform>
            <numerusform>{app} de {name}: %n ajustes por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{app} de {name}: %n ajuste por comprobar</numerusform>
            <numerusform>{app} de {name}: %n ajustes por comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>{name} pasa a una nueva franja de edad ({band})</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>Tema sugerido: «{topic}»</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Desde el {date}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n charla</numerusform>
            <numerusform>%n charlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>%n aplicación por revisar</numerusform>
            <numerusform>%n aplicaciones por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>%n cosa más</numerusform>
            <numerusform>%n cosas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n cosa por hacer</numerusform>
            <numerusform>%n cosas por hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>Nuevo para su edad: {band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>Seguimiento aún pendiente: {text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Reunión familiar</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>Revisar de nuevo el acuerdo familiar (aprobado el {date})</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Hablar con {name}</translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>Seguimiento: {text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} ha pasado a una nueva franja de edad ({band})</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>Hay un seguimiento pendiente de una charla</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>tu hijo o hija</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Reunión familiar</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>Es la hora de la reunión familiar: unos minutos para hablar de lo que cada uno ha estado haciendo en internet.</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>Recordatorio de FamilySafe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
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
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>Mostrar &amp;recordatorios en el escritorio</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>Cuando llega la hora de la reunión familiar, y una vez al día para lo que está atrasado. FamilySafe se queda en la bandeja del sistema para mostrarlos.</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>Mostrar los &amp;nombres de los niños en los recordatorios</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>Desactívalo si otras personas pueden ver tu pantalla. Las notas nunca se muestran.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Hora del recordatorio diario</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>Abrir FamilySafe al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>Añadir a mi ca&amp;lendario…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>Se abre discretamente en la bandeja del sistema, para que te lleguen los recordatorios.</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>Guarda un archivo de calendario con la reunión familiar y las próximas charlas y revisiones, para abrirlo en tu aplicación de calendario. No incluye notas privadas.</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>Recordatorio &amp;diario a las</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>Los cambios se aplican al momento. Todo se queda en este ordenador.</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>Horarios, lugares y aparatos</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>Lugares y momentos sin pantallas</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>p. ej. la mesa de la cocina, las comidas, los dormitorios</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>Los aparatos se van a &amp;dormir a las</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Hora de dormir de los aparatos</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>Cuánto duran los juegos y los vídeos</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>p. ej. 1 hora los días de colegio, 2 el fin de semana</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Aparatos</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>p. ej. tableta, Nintendo Switch (separados por comas)</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>Se imprime en el acuerdo y en la hoja para cuidadores. Deje una casilla vacía para no incluirla. Para los más pequeños, el acuerdo dice además que dormir y moverse van primero.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Niño o niña</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>Aplicaciones que FamilySafe conoce</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>Sin &amp;pantallas</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>&amp;Juegos y vídeos</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Aparatos</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>Ninguna añadida todavía</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Guardado para {name}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>Temas sugeridos</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>&amp;Anotar una charla sobre esto…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>Abrir la &amp;guía</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>Se habló por última vez el {date}</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>Charlas con cada niño</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>A un niño le toca una charla cuando no se ha anotado ninguna con él en este tiempo. Las charlas cortas y frecuentes funcionan mejor que las largas y poco habituales.</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>Charlas con cada niño</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>Para toda la &amp;familia</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>Igual que para la familia</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Cada dos meses</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Cada tres meses</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Charlas con {name}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>No hay nada pendiente</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>Cuando toque una charla, una revisión de ajustes o una reunión familiar, aparecerá aquí. Para empezar, añade a tus hijos y las aplicaciones que usan.</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>Hoy: {things}.</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>Todo hecho por hoy. Lo próximo: {what}, {date}.</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>Todo hecho por hoy. Lo próximo: una charla con {name}, {date}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Pospuesto hasta el {date}.</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>Eso ya estaba resuelto. La lista ya está al día.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>Guía del tema</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>{strand} · para {bands}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>Qué transmitir</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>Qué podrías decir: para tu propio aprendizaje</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>Qué podrías decir ({band})</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>Algo para hacer juntos</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Señales de que algo puede ir mal</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si ocurre</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>Funciones de aplicaciones relacionadas: {features}</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>Datos comprobados el {date}. Fuentes:</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>Pa&amp;ra</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Buscar temas</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>Mostrar temas para</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>Función de la aplicación</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>Cualquier función</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>Guías de conversación para cada edad: qué decir, por qué es importante y qué hacer si pasa algo.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Todas las edades</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>{name} ({band})</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>Ningún tema coincide. Prueba con otra palabra u otra edad.</translation>
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
        <translation>A&amp;notar una charla…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>Todo lo de hoy: {count}…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>Hoy no hay nada pendiente</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>Adultos de confianza</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>Escriba el nombre de los adultos a los que sus hijos siempre pueden acudir. El acuerdo imprime sus nombres y la línea de ayuda para niños de su país.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>p. ej. la tía Mei</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Teléfono (opcional)</translation>
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
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>&amp;Dónde vivimos (para las líneas de ayuda y el número de emergencias)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>Abrir FamilySafe discretamente al iniciar sesión, para que me lleguen los recordatorios</translation>
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
        <translation>Emisiones en directo</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>Videollamadas</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>Chat de voz</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Contacto con desconocidos</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Perfil público</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Compartir la ubicación</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>Compras dentro de la aplicación</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>Regalos y propinas</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>Mensajes temporales</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>Emparejamiento aleatorio con desconocidos</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>Contenido creado por otros usuarios</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>Chatbot de IA</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>Autoimagen e identidad</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>Relaciones en internet</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>Reputación en internet</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>Acoso en internet</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>Gestionar la información en internet</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>Salud, bienestar y estilo de vida</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>Derechos de autor y propiedad</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone y iPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>En la web</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>En un ordenador</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>En la consola</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>Para niños y jóvenes</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>Para padres y cuidadores</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>Para niños y adultos</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Para denunciar</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Menores de 5 años</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>De {low} a {high} años</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Señales de que algo puede ir mal</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si ocurre</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>Para empezar a hablar ({band})</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>Actividad ({band})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>Edad mín.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
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
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>Se ha quitado a {name}, también de las copias de seguridad (archivos: {count}).</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>Se ha quitado a {name}. Las copias de seguridad conservan a esa persona hasta que se renuevan, en menos de un año.</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>emergencias: {number}</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>Se ha añadido {app}.</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>Nota: {app} pide que sus usuarios tengan al menos {age} años. Los límites de edad existen por las funciones y el contacto que permite la aplicación; nadie conoce a tu hijo o hija mejor que tú, y la lista de comprobación ayuda a hacerla más segura.</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>Se ha quitado {app}.</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>por debajo de su edad mínima</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>Normas de edad que se aplican:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>Se ha anotado la charla {id}.</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>Se ha guardado la charla {id}.</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>Se ha borrado la charla {id}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>Se ha guardado el calendario en {path} (eventos: {count}).</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>Se ha guardado {path}. Páginas: {pages}.</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>{key} ahora es {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> (para {names})</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Aún no se ha acordado.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>Versión {version}, acordada el {agreed}; volved a mirarlo el {review}.</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>Aún no hay líneas. Mira: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>Ha cambiado desde que se acordó: acordadlo de nuevo con: familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>Línea {id} añadida: {text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>Línea {id} quitada.</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>Acordado: versión {version}, para volver a mirarlo el {date}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe: hace falta un comando (consulta --help)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>Algo inesperado salió mal. Por favor, infórmenos.</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>Edad mínima: {age}</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>Sin edad mínima</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>donde es distinta: {list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>Control parental: {tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>Funciones: {list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>Clasificación: {rating} ({source}, comprobada el {date})</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>Reglas de edad</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>Lista de comprobación de privacidad</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>A partir de los {age} años.</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Cómo denunciar</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>Fuentes (datos comprobados el {date})</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>Fuente: {source} (comprobado el {date})</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>Copia de seguridad hecha: {id} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>Todavía no hay copias de seguridad. Haz una con: familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>Se ha restaurado la copia de seguridad del {when} (personas: {members}, charlas: {talks}).</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: aviso: otros usuarios de este ordenador pueden leer la carpeta {folder}; FamilySafe deja sus permisos como están (chmod 700 la hace privada).</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program}: {message} (consulta --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>«{text}» no es una fecha: usa AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} está fuera de las fechas con las que trabaja FamilySafe (de {first} a {last})</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>«{text}» no es un identificador</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>usa un identificador de {low} a {high} (no {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>«{text}» no es un número de días</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>usa un número de días de {low} a {high} (no {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>«{text}» no es un número de temas</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>usa un número de temas de {low} a {high} (no {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>usa un número de {low} a {high} (no {text})</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>indica el niño o la niña que quieres cambiar</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Guardado para {name}.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>Sin pantallas</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Hora de dormir de los aparatos</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>Juegos y vídeos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Aparatos</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>Adulto de confianza: {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se ha quitado a {name}.</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>Todavía no hay adultos de confianza.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the family agreement: build it, agree it, review it</source>
        <translation>el acuerdo familiar: escribirlo, aprobarlo, revisarlo</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>el acuerdo tal como está</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>líneas sugeridas para la edad de tus hijos</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>añadir una línea a una sección</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>el identificador de una sección, de &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>el identificador de una sugerencia</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>tus propias palabras (hasta 300 caracteres)</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>solo para estos niños (por defecto: todos)</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>quitar una línea</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>aprobar el acuerdo tal como está (una versión nueva)</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>una persona que lo aprobó</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>el día en que se aprobó (por defecto, hoy)</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>cuándo volver a revisarlo (por defecto, dentro de tres meses)</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>todas las versiones aprobadas</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>hacer, listar o restaurar copias de seguridad de tus datos</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>hacer ahora una copia de seguridad de tus datos</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>listar las copias de seguridad, de la más reciente a la más antigua, con lo que contiene cada una</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>poner una copia de seguridad en lugar de tus datos (de los que antes se hace una copia)</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>el identificador de la copia, de: familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>confirmar la restauración</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>guardar archivos para otros programas: un archivo de calendario, documentos PDF</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>un archivo de calendario (.ics) con la reunión familiar y lo pendiente: impórtalo en tu aplicación de calendario; si lo vuelves a importar, se actualizan los mismos eventos</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>el archivo que se escribe, p. ej. familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>incluir lo pendiente en los próximos DAYS días (por defecto %(default)s)</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>un PDF para imprimir o compartir: el acuerdo familiar, una hoja para cuidadores, el plan familiar o tarjetas de conversación</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement: el acuerdo con palabras que los niños pueden leer y un espacio para que todos firmen. carer: para abuelos y cuidadores, el nombre de cada niño, su franja de edad, sus aplicaciones, normas y ajustes activos, qué hacer si algo les preocupa y a quién llamar. plan: para los padres, de qué hablar después, las charlas hechas, lo pendiente y la lista de comprobación de cada aplicación; las notas privadas solo con --include-notes. cards: las frases para empezar a hablar de un tema, en tarjetas para recortar.</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>el archivo que se escribe, p. ej. plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>el documento (por defecto plan)</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>solo estos niños (por defecto: todos los niños)</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards: el tema (consulta: familysafe topic list)</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards: la franja de edad cuyas palabras se usan</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan: incluir las notas privadas de las charlas</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>letra más grande en todo el documento</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>solo estas secciones (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: los identificadores de sus secciones, specifics, trusted-adults y signatures)</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement: una copia para cada hogar, con su nombre en el encabezado</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer: cómo contactarte (por defecto: el guardado)</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer: un vecino o familiar al que llamar (por defecto: el guardado; si no, una línea en blanco)</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer: dónde estás y cuándo volverás (nunca se guarda; por defecto: líneas en blanco)</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer: la dirección de tu casa para emergencias (nunca se guarda; por defecto: una línea en blanco)</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 o letter (carta de EE. UU.); por defecto: lo elegido, si no, lo habitual en el país</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>explorar los temas de conversación</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>listar los temas</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>solo los temas para esta franja de edad</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>la guía completa de un tema</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>mostrar las frases para empezar a hablar de esta franja</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>el catálogo de aplicaciones y las aplicaciones de un niño</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>todas las aplicaciones que conoce FamilySafe, con su lista de comprobación</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>la ficha completa de una aplicación: edades, normas, lista de comprobación, fuentes</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>líneas de ayuda y formas de denunciar en un país</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>las de otro país, por su código ISO, p. ej. GB, US, AU (por defecto: el país de la familia)</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>las líneas de ayuda de todos los países</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>añadir, listar, renombrar, editar o quitar a las personas de tu familia</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>añadir a un niño o a un adulto</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>el nombre que se muestra; basta con un apodo</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>el mes de nacimiento de un niño</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>un adulto o cuidador</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>listar a la familia</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>cambiar el nombre de alguien</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>cambiar el mes de nacimiento de un niño</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>quitar a alguien y todo lo que hay sobre esa persona (las copias de seguridad la conservan hasta que se renuevan, salvo con --from-backups)</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>confirmar que se quita</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>reescribir también todas las copias de seguridad sin esa persona (y borrar las copias guardadas antes de actualizar)</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>dónde guarda FamilySafe sus datos (por defecto: la carpeta de datos del usuario; o usa FAMILYSAFE_DATA_DIR)</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>hacer como si hoy fuera esta fecha (para planificar)</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>FamilySafe te ayuda a proteger a tus hijos en internet hablando con ellos. Sin un comando, abre la ventana. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>muestra la versión de FamilySafe y sale</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>abrir la ventana con una familia de ejemplo en una carpeta temporal</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>empezar en la bandeja del sistema (se usa al iniciar sesión)</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>escribir JSON (UTF-8) en lugar de texto</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>añadir aplicaciones que usa un niño</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>quitar una aplicación a un niño</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>las aplicaciones que usa una persona</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>listas de privacidad: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>el día en que se revisó (por defecto, hoy)</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>anotar una charla</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>notas privadas (nunca aparecen en los recordatorios)</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>cómo fue</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>fecha para el seguimiento</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>cambiar una charla anotada (lo que no indiques se queda igual)</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>de &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>quién participó</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>notas privadas (&apos;&apos; las borra)</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>cómo fue (&apos;&apos; lo borra)</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>borrar una charla anotada</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>charlas anotadas</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>de qué hablar después</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>lo atrasado y lo próximo (sale con 3 si hay algo atrasado)</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>no escribir nada si no hay nada atrasado</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>ocultar una tarea pendiente durante un tiempo</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>la clave de la tarea, de &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 para un día, 7 para una semana</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>marcar como hecha una tarea pendiente</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>leer y cambiar los ajustes: país, idioma, reunión familiar, ...</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>escribir el valor de un ajuste</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>un nombre de &apos;familysafe settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>cambiar un ajuste (un VALUE vacío vuelve al valor por defecto)</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>todos los ajustes y sus valores</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>el país de la familia para las líneas de ayuda y el papel, p. ej. GB, US, AU (auto: el del ordenador)</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>el idioma de FamilySafe, p. ej. en, es (auto: el del ordenador)</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>el tamaño del texto de la ventana, en porcentaje: 100, 125 o 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>el papel en el que se imprimen los documentos: a4 o letter (auto: lo habitual en el país)</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>cómo nombran a la familia los documentos impresos (vacío: «Nuestra familia»)</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>cómo puede un cuidador contactar con los padres, impreso en la hoja para cuidadores</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>el autor que se escribe en los archivos PDF (vacío: ninguno)</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>cada cuánto es la reunión familiar: weekly, fortnightly o monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>el día de la reunión familiar: monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>para una reunión mensual, qué semana: 1, 2, 3, 4 o last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>la hora de la reunión familiar, p. ej. 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>cada cuánto hablar con cada niño: 1w, 2w, 1m, 2m o 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>cada cuánto volver a revisar los ajustes de privacidad, en meses (de 1 a 24)</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>recordatorios en el escritorio mientras FamilySafe está abierto: on u off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>si los recordatorios muestran los nombres de los niños: on u off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>cuándo llega el resumen diario de lo atrasado, p. ej. 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>el ritmo de charlas propio de un niño (o family)</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>para cada niño o niña: lugares y momentos sin pantallas, hora de dormir de los aparatos, tiempo de juegos y vídeos, y aparatos (sin opciones, se muestran; un valor vacío lo borra)</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>el niño o la niña (por defecto: todos)</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>lugares y momentos sin pantallas, p. ej. &quot;comidas&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>cuándo se van a dormir los aparatos, p. ej. 20:00 (&quot;&quot; para ninguna)</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>cuánto duran los juegos y los vídeos, p. ej. &quot;1 hora al día&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>los aparatos que usa, separados por comas, p. ej. &quot;tableta, Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>los adultos de confianza que tu familia nombra en el acuerdo</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>nombrar a un adulto de confianza</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>p. ej. &quot;tía Mei&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>un número de teléfono para imprimir junto al nombre</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>quitar a un adulto de confianza</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>los adultos de confianza nombrados</translation>
    </message>
</context>
</TS>
