<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>Accepter l&apos;accord familial</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>Lisez-le d&apos;abord ensemble. Chaque personne qui l&apos;accepte est cochée ici et signe l&apos;exemplaire imprimé. Si vous l&apos;acceptez à nouveau plus tard, les versions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>Qui l&apos;a accepté</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>À relire le</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Accepté &amp;le</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>&amp;Qui l&apos;a accepté</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>À &amp;relire le</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Accepter</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>Modifier une ligne</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>Écrire votre propre ligne</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>La ligne, avec vos propres mots</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>p. ex. Les téléphones se rechargent dans la cuisine la nuit</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>Écrivez-la pour que le plus jeune enfant concerné puisse la lire. Court, c&apos;est bien.</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>Seulement pour ces enfants</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>Ne cochez personne pour une ligne qui vaut pour tout le monde.</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>Pa&amp;rtie</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>&amp;Ajouter à notre accord</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>Suggestions pour l&apos;âge de vos enfants</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>Notre accord</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>É&amp;crire votre ligne…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>L&apos;accepter &amp;ensemble…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>Nous l&apos;avons relu et &amp;gardé</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>&amp;Imprimer pour signer…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>Heures, &amp;lieux et appareils…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>Ad&amp;ultes de confiance…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>Les règles de la famille pour la vie en ligne, écrites et acceptées ensemble, avec ce que les adultes promettent en retour. Choisissez parmi les suggestions ou écrivez les vôtres.</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>Pas encore écrit. Commencez par quelques lignes tirées des suggestions.</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>Pas encore accepté. Quand il vous convient, acceptez-le ensemble.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>Version {number}, acceptée le {date} par {names}. À relire d&apos;ici le {review}.</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>Vous l&apos;avez modifié depuis : acceptez-le à nouveau pour qu&apos;il compte.</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>{text} (pour {names})</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>{text} (convient à {names})</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>C&apos;est noté. FamilySafe vous reproposera l&apos;accord dans trois mois.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe ne peut pas utiliser son dossier de données : {reason}</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe est déjà ouvert pour ce dossier de données (il n&apos;a pas répondu).</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>Un problème est survenu dans FamilySafe, et ce que vous faisiez n&apos;a peut-être pas été enregistré. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>Ce qui s&apos;est passé est noté dans {file} (sans les noms ni les notes de votre famille), si vous voulez l&apos;envoyer à quelqu&apos;un qui peut vous aider.</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>Applications utilisées par {name}</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>Cochez les applications, jeux et appareils que {name} utilise. Chacun apporte sa liste de réglages de confidentialité et les sujets liés à ce qu&apos;il permet de faire.</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Rechercher des applications, jeux et appareils</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>Rechercher des applications</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Applications, jeux et appareils</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>cochée</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non cochée</translation>
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
        <translation>Son âge minimum est de {age} ans : au-dessus de l&apos;âge de votre enfant.</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>Âge minimum : {age} ans</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>Détails de l&apos;application</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>Âge minimum selon ses conditions : {age} ans</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>Pas d&apos;âge minimum dans ses conditions</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>Là où la loi ou ses conditions diffèrent : {list}</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>Classification par âge : {rating}</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>Âges selon les fonctions</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>Contrôle parental : {tool}</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>Fonctions à connaître</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>Liste de confidentialité et de sécurité</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>À partir de {age} ans.</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>Signaler dans l&apos;application</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Faits vérifiés le {date}. Les applications changent souvent leurs menus : si un chemin diffère, cherchez les mêmes mots à proximité.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>Applications et confidentialité</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>Rechercher des applications, jeux et appareils</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>&amp;Ajouter aux applications d&apos;un enfant</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>Sa liste de confidentialité pour cette application apparaît alors sur sa page.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Que s&apos;est-il passé</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>Ce que chaque application permet, sa limite d&apos;âge et les réglages à vérifier, avec l&apos;endroit où les trouver.</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>{name} ({age}+)</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>Ajoutez d&apos;abord un enfant sur la page Famille</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (ajoutée)</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>Ajoutée aux applications de {name} : sa liste est sur la page Famille.</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>Applications utilisées</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>&amp;Choisir des applications…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>Quelles applications utilise-t-il ou elle ?</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>Ajoutez les applications, jeux et appareils qu&apos;utilise votre enfant. Chacun apporte une courte liste de réglages de confidentialité, avec l&apos;endroit où les trouver, et les sujets importants pour ce que l&apos;application permet de faire.</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>Choisir des applications</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>{done} réglages sur {total} en place</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>À revérifier : {count}</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ Âge minimum : {age} ans</translation>
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
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un de ces arguments est obligatoire : %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>pas permis avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur de type %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analyseur inconnu %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>FamilySafe sauvegarde vos données à la première modification de chaque jour, dans le dossier des sauvegardes qui se trouve dans le dossier de données. Il en garde une par jour pendant deux semaines, une par semaine pendant trois mois et une par mois pendant un an.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>Restaurer la sauve&amp;garde choisie…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>Vos données redeviendront telles qu&apos;elles étaient le {date} à {time} (personnes : {members}, discussions : {talks}), avec les applications, listes, accord et réglages de ce moment-là. Les changements faits depuis seront remplacés. Ce que vous avez maintenant est d&apos;abord sauvegardé, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>{count} événements enregistrés dans {path}.

Ouvrez ce fichier avec votre application d&apos;agenda pour les ajouter. Si vous l&apos;enregistrez et l&apos;ouvrez à nouveau plus tard, les mêmes événements sont mis à jour au lieu d&apos;être copiés.</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>Point en famille</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>Quelques minutes, régulièrement, pour parler en famille de ce qui se passe en ligne.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Une fois par mois</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Quelle semaine du mois</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Troisième</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quatrième</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Heure du point en famille</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>Prochain : {date} à {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>Listes de confidentialité</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>Revérifier les réglages tous les combien de mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>Revérifier les &amp;réglages tous les</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>I looked again: still in place</source>
        <translation>J&apos;ai revérifié : toujours en place</translation>
    </message>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>À partir de {age} ans : pas encore pour {name}.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>En place depuis le {date} ; à revérifier : notre conseil pour ce réglage a changé depuis, merci de regarder à nouveau.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>En place depuis le {date} ; à revérifier : les réglages changent avec le temps, il est temps de regarder à nouveau.</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>Fait le {date}. À revoir d&apos;ici le {recheck}.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Pas encore fait.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>Liste de confidentialité</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>{app} demande à ses utilisateurs d&apos;avoir au moins {min_age} ans ; {name} a {age} ans. Les limites d&apos;âge existent à cause de qui peut prendre contact et de ce qu&apos;on peut y voir. C&apos;est vous qui connaissez le mieux {name} : s&apos;il ou elle l&apos;utilise, les réglages ci-dessous la rendent plus sûre, et parler ensemble de la raison de cette limite aide.</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app} : {rule}</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>Règles d&apos;âge pour {app}</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>{done} réglages sur {total} en place.</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>À revérifier : {count}.</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>Faits vérifiés le {date}. Les applications changent souvent leurs menus : si un chemin diffère, cherchez les mêmes mots à proximité.</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>%n réglage sur {total} en place</numerusform>
            <numerusform>%n réglages sur {total} en place</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>Rien de prévu cette semaine. Prochaine discussion : {date}.</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>Prochaine discussion : {date}.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>La page de l&apos;enfant</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>De quoi parler</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>Applications et confidentialité</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>{years} ans · {band} · né(e) en {born}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>Pas encore traduit dans votre langue : affiché en anglais.</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>FamilySafe garde tout dans ce dossier, sur cet ordinateur, et n&apos;envoie rien nulle part. Sauvegardez-le avec vos autres fichiers.</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>Cet ordinateur n&apos;a pas de programme pour ouvrir les dossiers. Le dossier est : {folder}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>FamilySafe est toujours ouvert</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>Il reste ici, dans la zone de notification, pour vous rappeler quand une discussion ou un point en famille est prévu. Pour le fermer complètement, choisissez Quitter dans le menu de cette icône, ou désactivez les rappels dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>Exemplaire pour {home}</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>Notre accord familial</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>L&apos;accord n&apos;a pas encore de lignes.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>Version {version}, acceptée le {date}.</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>Nous le relirons d&apos;ici le {date}.</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>Brouillon, pas encore accepté : lisez-le ensemble, changez ce qui ne convient pas, puis signez-le.</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>Il remplacera la version {version}.</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>Les parents et les adultes qui s&apos;occupent des enfants leur promettent :</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>(pour tous les enfants)</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>(pour {names})</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>Nous avons parlé de cet accord ensemble et nous l&apos;acceptons.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>{topic} : {band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>Découpez le long des pointillés. Tirez une carte au dîner, en voiture ou au coucher, et écoutez plus que vous ne parlez.</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>Pour s&apos;occuper de {names}</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>Pour s&apos;occuper des enfants</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>Merci de vous occuper des enfants. Cette feuille contient ce qu&apos;il faut savoir sur leur temps en ligne, et ce qu&apos;il faut faire si quelque chose vous inquiète.</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>En cas d&apos;urgence, appelez le {number}.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Comment nous joindre</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>Autre contact (voisin, proche)</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>Où nous sommes, et quand nous rentrons</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>Notre adresse, pour les secours</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>les appareils vont se coucher à {time}</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>pas d&apos;écrans : {places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>jeux et vidéos : {time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>Des secrets autour d&apos;un appareil ou d&apos;un jeu.</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>Des changements soudains d&apos;humeur ou de sommeil.</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>Des cadeaux ou de l&apos;argent inexpliqués.</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>Un nouvel « ami » plus âgé rencontré en ligne.</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>Souvent, cela a une autre cause. Restez calme, ne questionnez pas l&apos;enfant, et prévenez-nous.</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>Signes qu&apos;un enfant est peut-être en danger en ligne</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>Si les enfants vont sur internet chez vous, activez le filtre de votre Wi-Fi ou de votre box (le contrôle parental de votre fournisseur) et utilisez les mêmes réglages sur les appareils qu&apos;ils utilisent chez vous.</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>Appareils chez vous :</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>Chez vous</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>Pour chaque enfant</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>Aussi pour {names}</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>Nos règles</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Aucune indiquée</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>Appareils : {names}</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>Applications et appareils</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>Nos limites</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>Réglages de confidentialité en place</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>Aucun marqué comme fait dans FamilySafe pour l&apos;instant</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>à revérifier</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Merci de ne pas</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>Garder une trace de ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>À qui le dire</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>Une fois le moment passé</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>Lignes d&apos;écoute et signalement ({country})</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>Urgence : {number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>Parents, proches</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>Pour les parents : de quoi parler ensuite, ce dont vous avez parlé, ce qui est prévu et la façon dont chaque application est réglée.</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>Cet exemplaire contient les notes privées de vos discussions. Gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>Les notes privées de vos discussions ne sont pas incluses.</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>{name} · {band} · {age} ans</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>De quoi parler ensuite</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>Rien à suggérer à cet âge.</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>dernière discussion le {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>pas encore abordé</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>Ce dont vous avez parlé</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>Aucune discussion notée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>Comment ça s&apos;est passé, et notes</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>avec {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notes : </translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>Discussions précédentes : {count}, la première le {date}.</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>En retard et à venir</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Rien n&apos;est prévu. Bravo.</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>Réglages de confidentialité par application</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>Aucune application ajoutée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>demande aux utilisateurs d&apos;avoir au moins {age} ans</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>Pas encore nécessaire à cet âge</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>En place depuis le {date} ; à revérifier : le conseil a changé</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>En place depuis le {date} ; à revérifier</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>Fait le {date} ; à revérifier d&apos;ici le {recheck}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Aucune suite en attente.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>Prochain point en famille : {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>Relire l&apos;accord familial (version {version}) d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>L&apos;accord familial n&apos;a pas encore été accepté.</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Pour toute la famille</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Fiche pour les proches</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan familial</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Cartes de conversation</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Notre famille</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prévu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Prévu le {date}</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>Nos heures, lieux et appareils</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>Que faire en cas d&apos;inquiétude</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>Les applications, jeux et appareils que nous utilisons</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>Pas d&apos;écrans : {places}.</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>Les appareils vont se coucher à {time}.</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>Jeux et vidéos : {time}.</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>Dormir et bouger passent en premier, chaque jour, avant les écrans.</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>Nos heures et nos lieux</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>Les adultes en qui nous avons confiance, à qui nous pouvons toujours tout dire :</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>Si tu veux parler à quelqu&apos;un en dehors de la famille : {who}.</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>Les personnes à qui nous pouvons parler</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>p. ex. La famille Okafor</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>Comment les proches vous joignent</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>p. ex. Maman : 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>Auteur inscrit dans les fichiers PDF</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>Laissé vide si vous ne le remplissez pas</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>Nom de la fam&amp;ille</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>&amp;Contact pour les proches</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>A&amp;uteur dans les fichiers PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>Comme d&apos;habitude dans notre pays</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
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
        <translation>Rien n&apos;est prévu. Bravo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Reporté au {date}.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>Autres sujets</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>À demain</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>D&apos;une semaine</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>Noter la discussion…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Ouvrir les réglages</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Ouvrir l&apos;accord</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>Voir les nouveaux sujets</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>Vous pourriez commencer par : « {starter} »</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>{settings} ; et %n autre</numerusform>
            <numerusform>{settings} ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>Nouveaux sujets : {titles}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>Veuillez saisir un nom. Un surnom suffit.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Un nom peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>Un nom peut contenir des lettres, des chiffres, des espaces et de la ponctuation, mais pas de caractères invisibles ou de contrôle. Veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>Une personne nommée « {name} » fait déjà partie du foyer.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>Veuillez indiquer le mois de naissance de l&apos;enfant (année et mois).</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>« {born} » n&apos;est pas un mois de naissance : utilisez AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>Le mois de naissance {born} est dans le futur.</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>Une personne née en {born} a plus de {limit} ans : veuillez l&apos;ajouter comme adulte.</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>Personne ne s&apos;appelle « {name} » dans le foyer.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>Ces données ont été enregistrées par une version plus récente de FamilySafe (schéma {found} ; cette version connaît le {known}). Veuillez mettre FamilySafe à jour pour les ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>Ce mois n&apos;a pas ce jour.</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>Les adultes n&apos;ont pas de mois de naissance dans FamilySafe.</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>Retirer quelqu&apos;un efface tout ce qui le concerne ; les sauvegardes le gardent jusqu&apos;à leur remplacement (ajoutez --from-backups pour le retirer aussi des sauvegardes) : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>Il n&apos;y a pas de sujet « {id} ». Voir : familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>Il n&apos;y a pas d&apos;application « {id} ». Voir : familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>FamilySafe n&apos;a pas encore de lignes d&apos;écoute pour le code pays « {country} ».</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>« {band} » n&apos;est pas une tranche d&apos;âge : utilisez 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 ou 18+.</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>Le sujet « {id} » n&apos;est pas écrit pour les {band} ans ; il convient aux {bands}.</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>Cochez au moins une personne qui a participé.</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>Cochez au moins un sujet abordé.</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>Écrivez en quelques mots ce que vous ferez ensuite (au plus {limit} lettres et espaces).</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} est un adulte : ceci concerne les enfants.</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} n&apos;utilise pas « {id} ».</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>{app} n&apos;a pas d&apos;élément de liste « {id} ».</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>Rien de prévu n&apos;a la clé « {key} ». Voir : familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>Notez une discussion pour marquer ceci comme fait.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>La date du {date} est dans le futur.</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>Écrivez la ligne en quelques mots (au plus {limit} lettres et espaces).</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>Une ligne doit tenir sur une seule ligne, sans retour à la ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>Choisissez une suggestion ou écrivez vos propres mots (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>La suggestion « {id} » est déjà dans l&apos;accord.</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>Il n&apos;y a pas de partie d&apos;accord « {id} ». Voir : familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>La partie « {section} » n&apos;a pas de suggestion « {id} ». Voir : familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>L&apos;accord n&apos;a pas de ligne {id}. Voir : familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>Cette partie compte {count} lignes : choisissez une place parmi elles.</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>Ajoutez au moins une ligne à l&apos;accord avant de l&apos;accepter.</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>Indiquez qui l&apos;a accepté : au moins une personne du foyer.</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>La version {version} a été acceptée le {date} : une nouvelle version ne peut pas être acceptée avant cette date.</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>La date de relecture doit être après le {date}.</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>Choisissez une date de relecture dans les {years} ans suivant le {date}.</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>L&apos;accord n&apos;a pas encore été accepté. Voir : familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>Il n&apos;y a pas de version {version} de l&apos;accord.</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>Choisissez une taille de texte de {sizes} pour cent.</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>« {value} » n&apos;est pas une valeur possible pour {key} : utilisez {expected}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>Il n&apos;y a pas de réglage « {key} » (voir : familysafe settings list).</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>Choisissez le papier : a4 ou letter (pas « {paper} »).</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe n&apos;est pas traduit en « {language} ». Choisissez parmi : {languages}.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>C&apos;est trop long : au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>Ce texte contient des caractères invisibles ou de contrôle (peut-être collés depuis ailleurs). Veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>Ce texte n&apos;a pas pu être lu (il n&apos;est pas en UTF-8). Veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>La date du {date} est trop ancienne : veuillez donner une date à partir de 1900.</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>Une suite à donner devrait avoir lieu dans les {years} ans : veuillez choisir une date au plus tard le {limit}.</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>Les données de FamilySafe ne peuvent pas être ouvertes : {detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>Les données de FamilySafe dans {path} sont endommagées ({reason}). La sauvegarde intacte la plus récente est {id} : restaurez-la avec : {command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>Les données de FamilySafe dans {path} sont endommagées ({reason}) et il n&apos;y a aucune sauvegarde intacte à restaurer. Gardez le fichier : il pourra peut-être encore être réparé.</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>Un autre programme a bloqué les données de FamilySafe pendant plus de {seconds} secondes, donc ceci n&apos;a pas été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe est ouvert dans une fenêtre : fermez-la d&apos;abord, puis restaurez.</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>Il n&apos;y a pas de sauvegarde « {id} ». Voir : familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>La sauvegarde {id} est endommagée et ne peut pas être restaurée. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>La sauvegarde n&apos;a pas passé la vérification et n&apos;a pas été gardée : {detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>Restaurer remplace vos données par la sauvegarde {id} (vos données sont d&apos;abord sauvegardées) : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>Impossible d&apos;enregistrer {path} : c&apos;est un périphérique ou un tube, pas un fichier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>Impossible d&apos;enregistrer {path} : {reason}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>« {kind} » n&apos;est pas un document que FamilySafe produit : utilisez agreement, carer, plan ou cards.</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>« {id} » n&apos;est pas une partie de ce document ; choisissez parmi : {sections}.</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>Choisissez un sujet pour les cartes de conversation. Voir : familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>Il n&apos;y a encore rien à mettre dans un agenda : ajoutez d&apos;abord un enfant.</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>Impossible de modifier le lancement de FamilySafe à l&apos;ouverture de session : {reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>ce fichier ou ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>cet ordinateur n&apos;autorise pas FamilySafe à écrire à cet endroit</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>cet emplacement est en lecture seule</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>ce nom est trop long pour cet ordinateur</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>un élément portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>l&apos;ordinateur n&apos;a pas pu le faire</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>Imprimer ou partager</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de la famille</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>p. ex. La famille Okafor</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>Inclure les notes pri&amp;vées</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Comment vous joindre</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>p. ex. Maman : 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>Autre contact</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>p. ex. Mme Ito, la voisine : 07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>Où nous sommes, retour à quelle heure</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>p. ex. Au théâtre, de retour à 23:00</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>Adresse du domicile pour les secours</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>Non enregistrée. Vide : une ligne pour l&apos;écrire à la main</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>Nous vivons dans deux &amp;foyers : un exemplaire pour chacun</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>Noms des foyers</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>p. ex. Chez maman, Chez papa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>Mots pour les âges</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Gros caractères</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Open the file after saving</source>
        <translation>&amp;Ouvrir le fichier après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de la famille</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>&amp;Enfants</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>&amp;Mots pour</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>Pa&amp;rties</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>Autre cont&amp;act</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>Où no&amp;us sommes, retour à</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>Adresse du domici&amp;le</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>Foyers</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>Forma&amp;t du papier</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>L&apos;imprimer sur une imprimante de cet ordinateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Accord familial</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>Fiche pour les proches</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>Plan familial</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>Cartes de conversation</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>Votre accord, avec des mots que les enfants peuvent lire, et une place où chacun peut signer.</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>Pour les grands-parents et les baby-sitters : les applications et les règles de chaque enfant, les réglages en place, que faire si quelque chose ne va pas et qui appeler. Sans dates de naissance.</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>Pour les parents : de quoi parler ensuite, ce dont vous avez parlé, ce qui est en retard et les réglages de chaque application.</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>Les idées pour commencer la conversation sur un sujet, en cartes à imprimer et à découper.</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>Pas de contact : la fiche aura des lignes vides où vous pourrez écrire comment vous joindre.</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>Les notes que vous avez écrites après les discussions figureront dans ce fichier. Toute personne qui voit le fichier ou l&apos;impression pourra les lire.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>Pages : %n (les {shown} premières sont affichées).</numerusform>
            <numerusform>Pages : %n (les {shown} premières sont affichées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>Pages : %n.</numerusform>
            <numerusform>Pages : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>{path} enregistré. Pages : {pages}.</translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>Le PDF est enregistré, mais cet ordinateur n&apos;a pas de programme pour l&apos;ouvrir. Il se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Préparation de l&apos;impression…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée. Rien n&apos;a été imprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>Pages envoyées à l&apos;imprimante : %n.</numerusform>
            <numerusform>Pages envoyées à l&apos;imprimante : %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Membres du foyer</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>Ajouter un &amp;enfant</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>Ajouter un ad&amp;ulte ou un proche</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>Qui fait partie de votre famille ?</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>Commencez par ajouter vos enfants. Un prénom ou un surnom et leur mois de naissance suffisent à FamilySafe : il s&apos;en sert pour suggérer de quoi parler à leur âge. Ajoutez ensuite les adultes et les proches qui s&apos;occupent d&apos;eux. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>Ajouter votre premier enfant</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>Les enfants et les adultes de votre foyer. Les enfants passent d&apos;eux-mêmes à la tranche d&apos;âge suivante en grandissant.</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation>{name} est un adulte ou un proche. Les adultes peuvent participer aux discussions et signer l&apos;accord familial ; la fiche pour les proches est écrite pour des personnes comme eux.</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>{name}
Adulte ou proche</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>{name}
{age} · {band}</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Cela retire {name} et tout ce que FamilySafe sait de cette personne : ses applications, ses listes et les discussions notées avec elle. C&apos;est définitif. Les sauvegardes la gardent jusqu&apos;à leur remplacement, dans l&apos;année ; vous pourrez ensuite la retirer aussi des sauvegardes.</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>Cela retire {name} du foyer et des discussions auxquelles cette personne a participé (une discussion sans personne d&apos;autre est retirée aussi). C&apos;est définitif. Les sauvegardes la gardent jusqu&apos;à leur remplacement, dans l&apos;année ; vous pourrez ensuite la retirer aussi des sauvegardes.</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>Retirer {name} des sauvegardes aussi ?</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>Les sauvegardes contiennent encore {name}. Retirer cette personne de toutes les sauvegardes maintenant ? Chaque sauvegarde est réécrite sans elle puis vérifiée ; tout le reste est gardé.</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>Retirer des sauvegardes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Retirer {name} ?</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>Toute la famille</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>{years} ans</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>Adulte ou proche</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Qui appeler en premier</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>Prenez une inspiration. Vous faites ce qu&apos;il faut en agissant. Si un enfant est en danger en ce moment, appelez d&apos;abord le numéro d&apos;urgence.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Que s&apos;est-il passé</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>Lignes d&apos;écoute et signalement</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>En cas d&apos;urgence, appelez le {number}</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>En cas d&apos;urgence, appelez le {number}</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>Faites d&apos;abord ceci</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Merci de ne pas</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>Garder les preuves en sécurité</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>Qui peut aider en {country}</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Ensuite</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>Discussions notées</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Noter une discussion…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>Aucune discussion notée avec {name} pour l&apos;instant. Après une discussion, notez-la ici.</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>{date} · avec {names}</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>Comment ça s&apos;est passé : {text}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>Suite à donner : {text} ({state})</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>Supprimer cette discussion ?</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>Ceci supprime la discussion du {date}, ses notes et ses suites à donner. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>Supprimer la discussion</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Edit a talk</source>
        <translation>Modifier une discussion</translation>
    </message>
    <message>
        <source>Log a talk</source>
        <translation>Noter une discussion</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Date de la discussion</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Trouver un sujet</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>Sujets abordés</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>Facultatif : comment ça s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>Notes privées facultatives. Elles restent sur cet ordinateur, n&apos;apparaissent jamais dans les rappels, et dans les plans imprimés seulement si vous le choisissez.</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>Ajouter une &amp;suite à donner</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>p. ex. Désactiver ensemble le chat dans Roblox</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>Suite à donner d&apos;ici le</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>A&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>Su&amp;jets</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>{app} (famille d&apos;exemple)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>Que faire si quelque chose s&apos;est passé (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>Famille d&apos;exemple : les modifications ne sont pas conservées.</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Noter une discussion…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>&amp;Imprimer ou partager…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>Ajouter à mon &amp;agenda…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Obtenir de l&apos;aide maintenant</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>Un prénom ou un surnom</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>Un surnom suffit. FamilySafe n&apos;a jamais besoin d&apos;un nom complet.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>En&amp;fant</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>&amp;Adulte ou proche</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>Jour de naissance (facultatif)</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>Jour non indiqué</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>Le mois suffit : FamilySafe s&apos;en sert pour savoir quels conseils conviennent à son âge, et le fait passer à l&apos;étape suivante en grandissant.</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>&amp;Né(e) en</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Réduire (Ctrl+moins)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Agrandir (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>Pays, langue et taille du texte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>&amp;Pays (pour les lignes d&apos;écoute)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Le plus grand</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>Adapté à son âge</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{feature} sur {apps}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>Pas encore abordé</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>Abordé aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>Abordé il y a %n jour</numerusform>
            <numerusform>Abordé il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>à reprendre tous les %n jour</numerusform>
            <numerusform>à reprendre tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago} ({every})</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>Bon moment pour en reparler (%n jour de retard)</numerusform>
            <numerusform>Bon moment pour en reparler (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>Nouveau à son âge : {band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>Suite à donner encore ouverte : {text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Point en famille</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>Relire l&apos;accord familial (accepté le {date})</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Discuter avec {name}</translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{app} pour {name} : %n réglage à mettre en place</numerusform>
            <numerusform>{app} pour {name} : %n réglages à mettre en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{app} pour {name} : %n réglage à revérifier</numerusform>
            <numerusform>{app} pour {name} : %n réglages à revérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{app} pour {name} : %n réglage à vérifier</numerusform>
            <numerusform>{app} pour {name} : %n réglages à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>Suite à donner : {text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} est maintenant dans une nouvelle tranche d&apos;âge ({band})</translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>{name} passe dans une nouvelle tranche d&apos;âge ({band})</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>Sujet suggéré : « {topic} »</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Depuis le {date}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n discussion</numerusform>
            <numerusform>%n discussions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>%n application à vérifier</numerusform>
            <numerusform>%n applications à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>%n autre chose</numerusform>
            <numerusform>%n autres choses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n chose à faire</numerusform>
            <numerusform>%n choses à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>Une suite à donner après une discussion est prévue</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>votre enfant</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>Point en famille</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>C&apos;est l&apos;heure de votre point en famille : quelques minutes sur ce que chacun a fait en ligne.</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>Rappel de FamilySafe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>FamilySafe: {count}</source>
        <translation>FamilySafe : {count}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>Afficher les rappels sur le &amp;bureau</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>À l&apos;heure du point en famille, et une fois par jour pour ce qui est en retard. FamilySafe reste dans la zone de notification pour les afficher.</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>Afficher le &amp;nom des enfants dans les rappels</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>Désactivez-le si d&apos;autres personnes peuvent voir votre écran. Les notes ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>Heure du rappel quotidien</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>Lancer FamilySafe à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>Ajouter à mon &amp;agenda…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>Il démarre discrètement dans la zone de notification, pour que les rappels puissent vous parvenir.</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>Enregistrer un fichier d&apos;agenda avec le point en famille, les prochaines discussions et les vérifications, à ouvrir dans votre application d&apos;agenda. Aucune note privée n&apos;y figure.</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>Rappel &amp;quotidien à</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>Les modifications s&apos;appliquent tout de suite. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>Heures, lieux et appareils</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>Lieux et moments sans écrans</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>p. ex. la table de la cuisine, les repas, les chambres</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>Les appareils vont se &amp;coucher à</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Heure du coucher des appareils</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>Durée des jeux et des vidéos</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>p. ex. 1 heure les jours d&apos;école, 2 le week-end</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>p. ex. tablette, Nintendo Switch (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>Imprimé sur l&apos;accord et sur la fiche pour les proches. Laissez une case vide pour ne pas l&apos;imprimer. Pour les plus jeunes, l&apos;accord dit aussi que dormir et bouger passent en premier.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Enfant</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>Applications connues de FamilySafe</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>Sans écran&amp;s</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>&amp;Jeux et vidéos</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Enregistré pour {name}.</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>Sujets suggérés</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>&amp;Noter une discussion sur ce sujet…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>Ouvrir le &amp;guide</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>Dernière discussion le {date}</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>Discussions avec chaque enfant</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>Une discussion est prévue avec un enfant quand aucune n&apos;a été notée avec lui depuis ce temps-là. Des discussions courtes et régulières marchent mieux que de longues discussions rares.</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>Discuter avec chaque enfant</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>Pour tout le &amp;monde</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>Comme pour la famille</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Tous les deux mois</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>Tous les trois mois</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>Discuter avec {name}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Que s&apos;est-il passé</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>Rien n&apos;est prévu</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>Quand une discussion, une vérification des réglages ou un point en famille est prévu, il apparaît ici. Ajoutez vos enfants et les applications qu&apos;ils utilisent pour commencer.</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>Aujourd&apos;hui : {things}.</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>Tout est fait pour aujourd&apos;hui. Ensuite : {what}, {date}.</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>Tout est fait pour aujourd&apos;hui. Ensuite : une discussion avec {name}, {date}.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Reporté au {date}.</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>C&apos;était déjà réglé. La liste est maintenant à jour.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>Guide du sujet</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>{strand} · pour {bands}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>Ce qu&apos;il faut faire passer</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>Ce que vous pourriez dire : pour vous informer vous-même</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>Ce que vous pourriez dire ({band})</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>Quelque chose à faire ensemble</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Signes que quelque chose ne va pas</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si cela arrive</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>Fonctions d&apos;applications liées : {features}</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>Faits vérifiés le {date}. Sources :</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>Afficher les sujets pour</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>Fonction d&apos;application</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>Toutes les fonctions</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>F&amp;onction</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Rechercher des sujets</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>Des guides de conversation pour chaque âge : quoi dire, pourquoi c&apos;est important, et que faire si quelque chose arrive.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>{name} ({band})</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>Aucun sujet ne correspond. Essayez un autre mot ou un autre âge.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>&amp;Ouvrir FamilySafe</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>&amp;Prévu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>&amp;Noter une discussion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>Tout ce qui est prévu aujourd&apos;hui : {count}…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>Rien n&apos;est prévu aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>Adultes de confiance</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>Nommez les adultes vers qui vos enfants peuvent toujours aller. L&apos;accord imprime leurs noms, et la ligne d&apos;écoute pour enfants de votre pays.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>p. ex. Tante Mei</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>&amp;Téléphone (facultatif)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FamilySafe vous aide à protéger vos enfants en ligne de la façon qui marche le mieux : en parlant avec eux, régulièrement et à leur niveau, et en mettant en place les bons réglages de confidentialité.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tout reste sur cet ordinateur.&lt;/b&gt; FamilySafe n&apos;a pas de compte, ne se connecte jamais à Internet et ne surveille jamais ce que font vos enfants.&lt;/p&gt;&lt;p&gt;Pour commencer, ajoutez les enfants de votre famille. Un surnom et leur mois de naissance suffisent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>&amp;Où nous vivons (pour les lignes d&apos;écoute et le numéro d&apos;urgence)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>Lancer FamilySafe discrètement à l&apos;ouverture de session, pour que les rappels me parviennent</translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>Ajouter mon premier enfant</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>D&apos;abord jeter un œil</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation>Diffusion en direct</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>Chat vocal</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>Contact avec des inconnus</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Profil public</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>Partage de la position</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>Achats intégrés</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>Cadeaux et pourboires</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>Messages éphémères</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>Mise en relation au hasard avec des inconnus</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>Contenus créés par d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>Chatbot d&apos;IA</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>Image de soi et identité</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>Relations en ligne</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>Réputation en ligne</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>Harcèlement en ligne</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>Gérer l&apos;information en ligne</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>Santé, bien-être et mode de vie</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>Vie privée et sécurité</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>Droits d&apos;auteur et propriété</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone et iPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>Sur le web</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>Sur un ordinateur</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>Sur la console</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>Pour les enfants et les jeunes</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>Pour les parents et les proches</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>Pour les enfants et les adultes</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>Pour signaler</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Moins de 5 ans</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>{low} à {high} ans</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe : il faut une commande (voir --help)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>Un problème inattendu est survenu. Merci de le signaler.</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> (pour {names})</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>Pas encore accepté.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>Version {version}, acceptée le {agreed} ; à relire le {review}.</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>Pas encore de lignes. Voir : familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>Modifié depuis son acceptation : acceptez-le à nouveau avec : familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Convient à</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>Ligne {id} ajoutée : {text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>Ligne {id} retirée.</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>Accepté : version {version}, à relire le {date}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À relire le</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>Âge minimum : {age} ans</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>Pas d&apos;âge minimum</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>là où il diffère : {list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>Contrôle parental : {tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>Fonctions : {list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>Classification : {rating} ({source}, vérifiée le {date})</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>Règles d&apos;âge</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>Liste de confidentialité</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>À partir de {age} ans.</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Comment signaler</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>Sources (faits vérifiés le {date})</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>Source : {source} (vérifiée le {date})</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>Agenda enregistré dans {path} (événements : {count}).</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>{path} enregistré. Pages : {pages}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>Signes que quelque chose ne va pas</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si cela arrive</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>Idées pour commencer la conversation ({band})</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>Activité ({band})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>Âge min.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>urgence : {number}</translation>
    </message>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>{name} ajouté(e) ({band}).</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>Personne pour l&apos;instant. Ajoutez quelqu&apos;un avec : familysafe member add NOM --born AAAA-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>adulte ou proche</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Renommé en {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré(e).</translation>
    </message>
    <message>
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>{name} retiré(e), aussi des sauvegardes (fichiers : {count}).</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>{name} retiré(e). Les sauvegardes gardent cette personne jusqu&apos;à leur remplacement, dans l&apos;année.</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>{app} ajoutée.</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>Remarque : {app} demande aux utilisateurs d&apos;avoir au moins {age} ans. Les limites d&apos;âge existent à cause des fonctions et des contacts que l&apos;application permet ; c&apos;est vous qui connaissez le mieux votre enfant, et la liste de réglages aide à la rendre plus sûre.</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>{app} retirée.</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>en dessous de son âge minimum</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app} : {rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>Règles d&apos;âge qui s&apos;appliquent :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>Discussion {id} notée.</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>Discussion {id} enregistrée.</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>Discussion {id} supprimée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>{key} vaut maintenant {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>Sauvegarde faite : {id} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Faites-en une avec : familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>Sauvegarde du {when} restaurée (personnes : {members}, discussions : {talks}).</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: attention : d&apos;autres utilisateurs de cet ordinateur peuvent lire le dossier {folder} ; FamilySafe laisse ses droits d&apos;accès tels quels (chmod 700 le rend privé).</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program} : {message} (voir --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>« {text} » n&apos;est pas une date : utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} est en dehors des dates avec lesquelles FamilySafe travaille (du {first} au {last})</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>« {text} » n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>utilisez un identifiant de {low} à {high} (pas {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>« {text} » n&apos;est pas un nombre de jours</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>utilisez un nombre de jours de {low} à {high} (pas {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>« {text} » n&apos;est pas un nombre de sujets</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>utilisez un nombre de sujets de {low} à {high} (pas {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>utilisez un nombre de {low} à {high} (pas {text})</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>indiquez l&apos;enfant à modifier</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>Enregistré pour {name}.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>Sans écrans</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>Coucher des appareils</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>Jeux et vidéos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>Adulte de confiance : {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Retiré : {name}.</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>Aucun adulte de confiance nommé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the family agreement: build it, agree it, review it</source>
        <translation>l&apos;accord familial : le rédiger, l&apos;approuver, le revoir</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>l&apos;accord tel qu&apos;il est</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>des lignes suggérées pour l&apos;âge de vos enfants</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>ajouter une ligne à une section</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>l&apos;identifiant d&apos;une section, voir &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>l&apos;identifiant d&apos;une suggestion</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>vos propres mots (300 caractères au plus)</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>seulement pour ces enfants (par défaut : tout le monde)</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>retirer une ligne</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>approuver l&apos;accord tel qu&apos;il est (une nouvelle version)</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>une personne qui l&apos;a approuvé</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>le jour où il a été approuvé (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>quand le revoir (par défaut dans trois mois)</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>toutes les versions approuvées</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>faire, lister ou restaurer des sauvegardes de vos données</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>sauvegarder vos données maintenant</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>lister les sauvegardes, de la plus récente à la plus ancienne, avec ce que chacune contient</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>remettre une sauvegarde à la place de vos données (qui sont d&apos;abord sauvegardées)</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>l&apos;identifiant de la sauvegarde, voir : familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>confirmer la restauration</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>enregistrer des fichiers pour d&apos;autres programmes : un fichier d&apos;agenda, des documents PDF</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>un fichier d&apos;agenda (.ics) avec le point en famille et ce qui est prévu : importez-le dans votre agenda ; l&apos;importer à nouveau met à jour les mêmes événements</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>le fichier à écrire, par ex. familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>inclure ce qui est prévu dans les DAYS prochains jours (par défaut %(default)s)</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>un PDF à imprimer ou partager : l&apos;accord familial, une fiche pour les proches, le plan familial ou des cartes de conversation</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement : l&apos;accord avec des mots que les enfants peuvent lire, et une place où chacun signe. carer : pour les grands-parents et les baby-sitters, le prénom de chaque enfant, sa tranche d&apos;âge, ses applications, les règles et les réglages en place, que faire si quelque chose les inquiète et qui appeler. plan : pour les parents, de quoi parler ensuite, les discussions menées, ce qui est prévu et la liste de chaque application ; les notes privées seulement avec --include-notes. cards : les idées pour commencer la conversation sur un sujet, en cartes à découper.</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>le fichier à écrire, par ex. plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>le document (par défaut plan)</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>seulement ces enfants (par défaut : chaque enfant)</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards : le sujet (voir : familysafe topic list)</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards : la tranche d&apos;âge dont les mots sont utilisés</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan : inclure les notes privées des discussions</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>texte plus grand partout</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>seulement ces sections (plan : suggestions, history, due, checklists, follow-ups ; carer : apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact ; agreement : les identifiants de ses sections, specifics, trusted-adults et signatures)</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement : un exemplaire pour chaque foyer, avec son nom en tête</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer : comment vous joindre (par défaut : celui enregistré)</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer : un voisin ou un proche à appeler (par défaut : celui enregistré ; sinon une ligne vide)</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer : où vous êtes et quand vous rentrez (jamais enregistré ; par défaut : des lignes vides)</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer : votre adresse pour les secours (jamais enregistrée ; par défaut : une ligne vide)</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 ou letter (US Letter) ; par défaut : le choix enregistré, sinon l&apos;usage du pays</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>parcourir les sujets de conversation</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>lister les sujets</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>seulement les sujets pour cette tranche d&apos;âge</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>le guide complet d&apos;un sujet</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>afficher les idées pour commencer la conversation pour cette tranche</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>le catalogue des applications, et les applications d&apos;un enfant</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>toutes les applications que FamilySafe connaît, avec leur liste</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>la fiche complète d&apos;une application : âges, règles, liste, sources</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>lignes d&apos;écoute et moyens de signaler pour un pays</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>celles d&apos;un autre pays, par code ISO, par ex. GB, US, AU (par défaut : le pays de la famille)</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>les lignes d&apos;écoute de tous les pays</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>ajouter, lister, renommer, modifier ou retirer les personnes de votre foyer</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>ajouter un enfant ou un adulte</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>un nom à afficher ; un surnom suffit</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>le mois de naissance d&apos;un enfant</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>un adulte ou un proche</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>lister le foyer</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>changer le nom de quelqu&apos;un</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>changer le mois de naissance d&apos;un enfant</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>retirer quelqu&apos;un et tout ce qui le concerne (les sauvegardes le gardent jusqu&apos;à leur remplacement, sauf avec --from-backups)</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>confirmer le retrait</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>réécrire aussi chaque sauvegarde sans cette personne (et supprimer les copies faites avant les mises à jour)</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>où FamilySafe garde ses données (par défaut : le dossier de données de l&apos;utilisateur ; ou définissez FAMILYSAFE_DATA_DIR)</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>faire comme si aujourd&apos;hui était cette date (pour anticiper)</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>FamilySafe vous aide à protéger vos enfants en ligne en parlant avec eux. Sans commande, il ouvre la fenêtre. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>affiche la version de FamilySafe et quitte</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>ouvrir la fenêtre avec une famille d&apos;exemple dans un dossier temporaire</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>démarrer dans la zone de notification (utilisé au démarrage de la session)</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>écrire du JSON (UTF-8) au lieu de texte</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>ajouter des applications qu&apos;un enfant utilise</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>retirer une application à un enfant</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>les applications qu&apos;une personne utilise</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>listes de confidentialité : &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>le jour de la vérification (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>noter une discussion</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>notes privées (jamais montrées dans les rappels)</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>date de la suite à donner</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>modifier une discussion notée (ce que vous n&apos;indiquez pas reste)</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>voir &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>qui y a participé</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>notes privées (&apos;&apos; les efface)</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>comment ça s&apos;est passé (&apos;&apos; l&apos;efface)</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>supprimer une discussion notée</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>discussions notées</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>de quoi parler ensuite</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>ce qui est en retard et ce qui arrive (code de sortie 3 si quelque chose est en retard)</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>ne rien écrire si rien n&apos;est en retard</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>masquer un élément prévu pendant un moment</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>la clé de l&apos;élément, voir &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 pour un jour, 7 pour une semaine</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>marquer un élément prévu comme fait</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>lire et changer les réglages : pays, langue, point en famille, ...</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>afficher la valeur d&apos;un réglage</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>un nom tiré de &apos;familysafe settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>changer un réglage (une VALUE vide revient à la valeur par défaut)</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>tous les réglages et leur valeur</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>le pays de la famille pour les lignes d&apos;écoute et le papier, par ex. GB, US, AU (auto : celui de l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>la langue de FamilySafe, par ex. en, es (auto : celle de l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>la taille du texte de la fenêtre, en pour cent : 100, 125 ou 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>le papier sur lequel les documents s&apos;impriment : a4 ou letter (auto : l&apos;usage du pays)</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>comment les documents imprimés nomment la famille (vide : « Notre famille »)</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>comment un proche peut joindre les parents, imprimé sur la fiche pour les proches</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>l&apos;auteur inscrit dans les fichiers PDF (vide : aucun)</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>la fréquence du point en famille : weekly, fortnightly ou monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>le jour du point en famille : monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>pour un point mensuel, quelle semaine : 1, 2, 3, 4 ou last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>l&apos;heure du point en famille, par ex. 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>à quelle fréquence parler avec chaque enfant : 1w, 2w, 1m, 2m ou 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>à quelle fréquence revérifier les réglages de confidentialité, en mois (de 1 à 24)</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>rappels sur le bureau pendant que FamilySafe tourne : on ou off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>si les rappels montrent le prénom des enfants : on ou off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>l&apos;heure du résumé quotidien de ce qui est en retard, par ex. 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>le rythme de discussion propre à un enfant (ou family)</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>pour chaque enfant : lieux et moments sans écrans, heure du coucher des appareils, durée des jeux et vidéos, et appareils (affichés sans option ; une valeur vide l&apos;efface)</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>l&apos;enfant (par défaut : tous)</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>lieux et moments sans écrans, p. ex. &quot;repas&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>l&apos;heure du coucher des appareils, p. ex. 20:00 (&quot;&quot; pour aucune)</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>durée des jeux et des vidéos, p. ex. &quot;1 heure par jour&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>les appareils de l&apos;enfant, séparés par des virgules, p. ex. &quot;tablette, Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>les adultes de confiance que votre famille nomme dans l&apos;accord</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>nommer un adulte de confiance</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>p. ex. &quot;Tante Mei&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>un numéro de téléphone à imprimer à côté du nom</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>retirer un adulte de confiance</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>les adultes de confiance nommés</translation>
    </message>
</context>
</TS>
